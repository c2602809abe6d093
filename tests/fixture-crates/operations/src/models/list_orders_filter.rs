/// The `ListOrdersFilter` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListOrdersFilter {
    /// The `from` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
}
