/// A wallet. The 2022-2023 generation names its currency through `issuer`, the 2024
/// generation through `currency`.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Coin {
    /// `true` or `false`.
    pub active: bool,
    /// Balance.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub amount: paygen_runtime::Decimal,
    /// Balance that can be spent now.
    #[serde(rename = "availableAmount", with = "paygen_runtime::decimal::number")]
    pub available_amount: paygen_runtime::Decimal,
    /// A decimal amount.
    #[serde(rename = "creditLimit", with = "paygen_runtime::decimal::number")]
    pub credit_limit: paygen_runtime::Decimal,
    /// Short form of a currency (2024 generation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<super::CurrencyShort>,
    /// A decimal amount.
    #[serde(rename = "futureAmount", with = "paygen_runtime::decimal::number")]
    pub future_amount: paygen_runtime::Decimal,
    /// Amount on hold, for example for pending withdrawals.
    #[serde(
        rename = "heldAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub held_amount: Option<paygen_runtime::Decimal>,
    /// Short form of an issuer (2022-2023 generation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<super::IssuerShort>,
    /// Whether this is the user's main wallet for its currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub main: Option<bool>,
    /// Text.
    pub name: String,
    /// Wallet serial, the `coinSerial` of other operations.
    pub serial: String,
    /// Wallet type, for example `client`.
    #[serde(rename = "type")]
    pub type_: String,
}
