/// Commission earned by the client.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Commission {
    /// Commission amount. Integer amount in the minor unit of the currency (see Supported Currencies in the API guide).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// Commission rate in basis points of the amount (400 = 4%).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate: Option<i32>,
    /// ISO 4217 currency code of the amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
}
