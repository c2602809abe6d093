/// An object with the properties `id`, `code` and `name`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct StateDto {
    /// State identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i32>,
    /// Two-letter USPS state code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Name of the state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
