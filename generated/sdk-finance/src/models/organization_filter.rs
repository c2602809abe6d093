/// Criteria for an organisation search.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrganizationFilter {
    /// The `emitentId` field.
    #[serde(rename = "emitentId", default, skip_serializing_if = "Option::is_none")]
    pub emitent_id: Option<String>,
    /// The `types` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub types: Option<Vec<super::OrganizationType>>,
}
