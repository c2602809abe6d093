/// An object with the properties `id`, `name`, `panMask`, `isDefault`, `typeId`, `typeName`, `expirationMonth`, `expirationYear` and 7 more.
#[derive(Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetCustomerPaymentMethodsResponse {
    /// PaymentMethodId (payment method identifier).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// Payment method name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Card number with most digits hidden.
    #[serde(rename = "panMask", default, skip_serializing_if = "Option::is_none")]
    pub pan_mask: Option<String>,
    /// Whether this is the customer's default payment method.
    #[serde(rename = "isDefault", default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// Type identifiers.
    #[serde(rename = "typeId", default, skip_serializing_if = "Option::is_none")]
    pub type_id: Option<super::GetCustomerPaymentMethodsResponseTypeId>,
    /// Type name.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// Expiration month of the card.
    #[serde(
        rename = "expirationMonth",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_month: Option<i32>,
    /// Expiration year of the card.
    #[serde(
        rename = "expirationYear",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_year: Option<i32>,
    /// When the payment method was created (ISO 8601, UTC or with offset).
    #[serde(rename = "createdOn", default, skip_serializing_if = "Option::is_none")]
    pub created_on: Option<paygen_runtime::DateTime>,
    /// Account number.
    #[serde(
        rename = "accountNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_number: Option<String>,
    /// Routing number.
    #[serde(
        rename = "routingNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub routing_number: Option<String>,
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.AccountType).
    #[serde(
        rename = "accountType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_type: Option<super::AccountType>,
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.AccountHolderType).
    #[serde(
        rename = "accountHolderType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_holder_type: Option<super::AccountHolderType>,
    /// Customer's tax identifier (TIN).
    #[serde(rename = "taxId", default, skip_serializing_if = "Option::is_none")]
    pub tax_id: Option<String>,
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.TokenType).
    #[serde(
        rename = "cardTokenType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub card_token_type: Option<super::TokenType>,
}

impl std::fmt::Debug for GetCustomerPaymentMethodsResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetCustomerPaymentMethodsResponse")
            .field("id", &self.id)
            .field("name", &self.name)
            .field(
                "pan_mask",
                &paygen_runtime::redact::Redacted::last4(&self.pan_mask),
            )
            .field("is_default", &self.is_default)
            .field("type_id", &self.type_id)
            .field("type_name", &self.type_name)
            .field("expiration_month", &self.expiration_month)
            .field("expiration_year", &self.expiration_year)
            .field("created_on", &self.created_on)
            .field(
                "account_number",
                &paygen_runtime::redact::Redacted::full(&self.account_number),
            )
            .field(
                "routing_number",
                &paygen_runtime::redact::Redacted::full(&self.routing_number),
            )
            .field("account_type", &self.account_type)
            .field("account_holder_type", &self.account_holder_type)
            .field(
                "tax_id",
                &paygen_runtime::redact::Redacted::full(&self.tax_id),
            )
            .field("card_token_type", &self.card_token_type)
            .finish()
    }
}
