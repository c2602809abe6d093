/// An object with the property `total`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct OrderPageMeta {
    /// An integer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}
