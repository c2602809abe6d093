/// An object with the properties `id`, `name`, `isDefault`, `panMask`, `expirationMonth`, `expirationYear`, `cardTokenType`, `cardType` and 1 more.
#[derive(Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CustomerPaymentMethodCardDto {
    /// Credit card identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Is payment method default
    #[serde(rename = "isDefault", default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// PAN
    #[serde(rename = "panMask", default, skip_serializing_if = "Option::is_none")]
    pub pan_mask: Option<String>,
    /// Expiration Month
    #[serde(
        rename = "expirationMonth",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_month: Option<i32>,
    /// Expiration year
    #[serde(
        rename = "expirationYear",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_year: Option<i32>,
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.TokenType).
    #[serde(
        rename = "cardTokenType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub card_token_type: Option<super::TokenType>,
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.CardType).
    #[serde(rename = "cardType", default, skip_serializing_if = "Option::is_none")]
    pub card_type: Option<super::CardType>,
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.CreditDebitType). 0 is not a documented value, but the vendor's response samples send it, so it is accepted (as Unspecified).
    #[serde(
        rename = "creditDebitType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_debit_type: Option<super::CreditDebitType>,
}

impl std::fmt::Debug for CustomerPaymentMethodCardDto {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CustomerPaymentMethodCardDto")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("is_default", &self.is_default)
            .field(
                "pan_mask",
                &paygen_runtime::redact::Redacted::last4(&self.pan_mask),
            )
            .field("expiration_month", &self.expiration_month)
            .field("expiration_year", &self.expiration_year)
            .field("card_token_type", &self.card_token_type)
            .field("card_type", &self.card_type)
            .field("credit_debit_type", &self.credit_debit_type)
            .finish()
    }
}
