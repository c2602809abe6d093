/// A wallet serial to check.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct CoinValidateRequest {
    /// Wallet serial (`coinSerial`).
    pub serial: String,
}

impl CoinValidateRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(serial: impl Into<String>) -> Self {
        Self {
            serial: serial.into(),
        }
    }
}
