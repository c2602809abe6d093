/// Withdrawal to make.
///
/// **Inferred:** Body fields were not retrieved; {chain, currency, amount, address} is the research notes' assumption.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WithdrawalRequest {
    /// Destination address.
    pub address: String,
    /// Amount to withdraw.
    #[serde(with = "paygen_runtime::decimal::string")]
    pub amount: paygen_runtime::Decimal,
    /// Blockchain code.
    pub chain: String,
    /// Cryptocurrency code.
    pub currency: String,
}
