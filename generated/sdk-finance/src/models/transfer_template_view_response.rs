/// One page of transfer templates.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TransferTemplateViewResponse {
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
    /// A list of objects with the properties `amount`, `description`, `id`, `name`, `paymentToolDetails`, `recipientCoin`, `recipientPhoneNumber`, `senderCoin` and 1 more.
    pub records: Vec<super::TransferTemplate>,
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
