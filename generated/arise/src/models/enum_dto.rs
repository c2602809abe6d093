/// An object with the properties `id` and `name`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct EnumDto {
    /// Currency identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i32>,
    /// ISO 4217 three-letter currency code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
