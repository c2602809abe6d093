/// A wallet serial to check.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CoinValidateRequest {
    /// Wallet serial (`coinSerial`).
    pub serial: String,
}
