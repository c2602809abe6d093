/// One page of organisations.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct OrganizationViewResponse {
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "pageNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub page_number: Option<i32>,
    /// A 32-bit integer.
    #[serde(rename = "pageSize", default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i32>,
    /// A list of objects with the properties `contract_info`, `id`, `identificationStatus`, `message`, `name`, `organizationStatus`, `status` and `type`.
    pub records: Vec<super::Organization>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "totalPages",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_pages: Option<i32>,
    /// An integer.
    #[serde(
        rename = "totalRecords",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_records: Option<i64>,
}
