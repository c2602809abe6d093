/// A smart card linked to a wallet.
#[derive(Clone, PartialEq, serde::Deserialize)]
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

impl std::fmt::Debug for SmartCard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmartCard")
            .field("active", &self.active)
            .field("associated_coin_serial", &self.associated_coin_serial)
            .field("available_amount", &self.available_amount)
            .field(
                "card_number",
                &paygen_runtime::redact::Redacted::last4(&self.card_number),
            )
            .field("created_at", &self.created_at)
            .field("currency_code", &self.currency_code)
            .field("cvv", &paygen_runtime::redact::Redacted::full(&self.cvv))
            .field("expiration_date", &self.expiration_date)
            .field("expiration_status", &self.expiration_status)
            .field("id", &self.id)
            .field("name", &self.name)
            .field("organization_id", &self.organization_id)
            .field("payment_system", &self.payment_system)
            .finish()
    }
}
