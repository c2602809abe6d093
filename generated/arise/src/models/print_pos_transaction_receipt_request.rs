/// An object with the property `terminalId`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct PrintPosTransactionReceiptRequest {
    /// Terminal that prints the receipt; it must be in semi-integrated mode, online and free.
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

    /// Property `terminalId`: Terminal that prints the receipt; it must be in semi-integrated mode, online and free.
    pub fn terminal_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.terminal_id = Some(value);
        self
    }
}
