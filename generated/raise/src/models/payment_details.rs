/// How the end customer paid; required for Web3 clients.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaymentDetails {
    /// How the customer paid in crypto.
    pub crypto_details: super::CryptoDetails,
}
