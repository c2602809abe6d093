/// Withdrawal to make.
///
/// **Inferred:** Body fields were not retrieved; {chain, currency, amount, address} is the research notes' assumption.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct WithdrawalRequest {
    /// Destination address.
    pub address: String,
    /// Amount to withdraw.
    ///
    /// Pattern: `^-?\[0-9\]+(\.\[0-9\]+)?$`.
    #[serde(with = "paygen_runtime::decimal::string")]
    pub amount: paygen_runtime::Decimal,
    /// Blockchain code.
    pub chain: String,
    /// Cryptocurrency code.
    pub currency: String,
}

impl WithdrawalRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(
        address: impl Into<String>,
        amount: paygen_runtime::Decimal,
        chain: impl Into<String>,
        currency: impl Into<String>,
    ) -> Self {
        Self {
            address: address.into(),
            amount,
            chain: chain.into(),
            currency: currency.into(),
        }
    }
}
