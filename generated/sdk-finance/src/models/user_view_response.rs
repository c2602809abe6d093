/// One page of users.
///
/// **Inferred:** The seed does not list which fields are always present; the vendor's own web front-end types them as always present (research notes, `PaginationResponse.interface.ts`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct UserViewResponse {
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// A 32-bit integer.
    #[serde(rename = "pageNumber")]
    pub page_number: i32,
    /// A 32-bit integer.
    #[serde(rename = "pageSize")]
    pub page_size: i32,
    /// A list of objects with the properties `active`, `banExpiryDate`, `banned`, `contact`, `createdAt`, `id`, `members` and `name`.
    pub records: Vec<super::User>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// A 32-bit integer.
    #[serde(rename = "totalPages")]
    pub total_pages: i32,
    /// An integer.
    #[serde(rename = "totalRecords")]
    pub total_records: i64,
}
