/// The `PrintPosTransactionReceiptRequest` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PrintPosTransactionReceiptRequest {
    /// Terminal ID from the terminal that will initiate and handle the transaction receipt print request. Terminal must be in the semi-integrated mode and available (online and ready).
    #[serde(
        rename = "terminalId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub terminal_id: Option<paygen_runtime::Uuid>,
}
