/// How the customer paid in crypto.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CryptoDetails {
    /// Crypto asset used for the payment.
    pub asset: String,
    /// Network the payment was made on.
    pub network: String,
    /// Wallet address the customer paid from.
    pub wallet_address: String,
}
