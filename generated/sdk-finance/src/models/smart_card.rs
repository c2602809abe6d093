/// A smart card linked to a wallet.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct SmartCard {
    /// `true` or `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Serial of the linked wallet.
    #[serde(
        rename = "associatedCoinSerial",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub associated_coin_serial: Option<String>,
    /// Balance available on the card (2024 generation).
    #[serde(
        rename = "availableAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub available_amount: Option<paygen_runtime::Decimal>,
    /// Text.
    #[serde(rename = "cardNumber")]
    pub card_number: String,
    /// A date and time (RFC 3339).
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<paygen_runtime::DateTime>,
    /// Text.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub currency_code: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cvv: Option<String>,
    /// Text.
    #[serde(
        rename = "expirationDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_date: Option<String>,
    /// Whether a card has expired.
    #[serde(
        rename = "expirationStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_status: Option<super::SmartCardExpirationStatus>,
    /// Text.
    pub id: String,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Text.
    #[serde(
        rename = "organizationId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub organization_id: Option<String>,
    /// Text.
    #[serde(
        rename = "paymentSystem",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_system: Option<String>,
}
