/// An object with the properties `id` and `location`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Created {
    /// An integer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
}
