/// Amount taken from the client's fund to pay for a transaction or card.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct EscrowDeduction {
    /// Amount deducted, in US cents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usd_amount: Option<i64>,
    /// ISO 4217 currency code of `local_amount`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// USD to local currency rate multiplied by 1,000,000 (1000000 means 1:1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchange_rate_1e6: Option<i64>,
    /// Amount deducted in the local currency. Integer amount in the minor unit of the currency (see Supported Currencies in the API guide).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_amount: Option<i64>,
}
