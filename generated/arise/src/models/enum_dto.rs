/// The `EnumDto` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EnumDto {
    /// Currency identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i32>,
    /// Currency (in ISO 4217 alpha-3 currency code format).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
