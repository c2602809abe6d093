/// One page of organisations.
///
/// **Inferred:** The seed does not list which fields are always present; the vendor's own web front-end types them as always present (research notes, `PaginationResponse.interface.ts`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct OrganizationViewResponse {
    /// The `message` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The `pageNumber` field.
    #[serde(rename = "pageNumber")]
    pub page_number: i32,
    /// The `pageSize` field.
    #[serde(rename = "pageSize")]
    pub page_size: i32,
    /// The `records` field.
    pub records: Vec<super::Organization>,
    /// The `status` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The `totalPages` field.
    #[serde(rename = "totalPages")]
    pub total_pages: i32,
    /// The `totalRecords` field.
    #[serde(rename = "totalRecords")]
    pub total_records: i64,
}
