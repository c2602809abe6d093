/// The `OrderPageMeta` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderPageMeta {
    /// The `total` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}
