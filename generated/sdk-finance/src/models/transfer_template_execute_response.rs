/// The business process started by a transfer.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TransferTemplateExecuteResponse {
    /// Identifier to save the transfer as a template.
    #[serde(rename = "businessProcessId")]
    pub business_process_id: String,
    /// Text.
    #[serde(
        rename = "businessProcessStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub business_process_status: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Text.
    #[serde(
        rename = "templateId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub template_id: Option<String>,
}
