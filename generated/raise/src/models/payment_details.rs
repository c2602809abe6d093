/// How the end customer paid; required for Web3 clients.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct PaymentDetails {
    /// How the customer paid in crypto.
    pub crypto_details: super::CryptoDetails,
}

impl PaymentDetails {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(crypto_details: super::CryptoDetails) -> Self {
        Self { crypto_details }
    }
}

/// Wraps a `CryptoDetails`, the one value `new` takes.
impl From<super::CryptoDetails> for PaymentDetails {
    fn from(value: super::CryptoDetails) -> Self {
        Self::new(value)
    }
}
