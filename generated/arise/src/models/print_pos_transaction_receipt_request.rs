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
impl PrintPosTransactionReceiptRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self { terminal_id: None }
    }
    /// Sets `terminalId`.
    pub fn with_terminal_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.terminal_id = Some(value);
        self
    }
}
