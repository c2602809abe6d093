/// One page of transfer templates.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TransferTemplateViewResponse {
    /// The `message` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The `pageNumber` field.
    #[serde(
        rename = "pageNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub page_number: Option<i32>,
    /// The `pageSize` field.
    #[serde(rename = "pageSize", default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i32>,
    /// The `records` field.
    pub records: Vec<super::TransferTemplate>,
    /// The `status` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The `totalPages` field.
    #[serde(
        rename = "totalPages",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_pages: Option<i32>,
    /// The `totalRecords` field.
    #[serde(
        rename = "totalRecords",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_records: Option<i64>,
}
