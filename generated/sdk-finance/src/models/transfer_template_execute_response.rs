/// The business process started by a transfer.
///
/// **Inferred:** The seed does not list which fields are always present; the vendor's own web front-end types them as always present (research notes, `Templates.types.ts`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TransferTemplateExecuteResponse {
    /// Identifier to save the transfer as a template.
    #[serde(rename = "businessProcessId")]
    pub business_process_id: String,
    /// Text.
    #[serde(rename = "businessProcessStatus")]
    pub business_process_status: String,
    /// Text.
    pub message: String,
    /// Text.
    pub status: String,
    /// Text.
    #[serde(rename = "templateId")]
    pub template_id: String,
}
