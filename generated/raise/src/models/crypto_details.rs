/// How the customer paid in crypto.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct CryptoDetails {
    /// Crypto asset used for the payment.
    pub asset: String,
    /// Network the payment was made on.
    pub network: String,
    /// Wallet address the customer paid from.
    pub wallet_address: String,
}

impl CryptoDetails {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(
        asset: impl Into<String>,
        network: impl Into<String>,
        wallet_address: impl Into<String>,
    ) -> Self {
        Self {
            asset: asset.into(),
            network: network.into(),
            wallet_address: wallet_address.into(),
        }
    }
}
