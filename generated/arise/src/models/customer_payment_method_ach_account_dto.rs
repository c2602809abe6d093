/// An object with the properties `id`, `name`, `isDefault`, `accountNumber`, `routingNumber`, `accountTypeId`, `accountType`, `accountHolderTypeId` and 2 more.
#[derive(Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CustomerPaymentMethodAchAccountDto {
    /// ACH account identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Is payment method default.
    #[serde(rename = "isDefault", default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// Number of the bank account.
    #[serde(
        rename = "accountNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_number: Option<String>,
    /// Text.
    #[serde(
        rename = "routingNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub routing_number: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "accountTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_type_id: Option<i32>,
    /// Text.
    #[serde(
        rename = "accountType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_type: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "accountHolderTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_holder_type_id: Option<i32>,
    /// Text.
    #[serde(
        rename = "accountHolderType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_holder_type: Option<String>,
    /// Text.
    #[serde(rename = "taxId", default, skip_serializing_if = "Option::is_none")]
    pub tax_id: Option<String>,
}

impl std::fmt::Debug for CustomerPaymentMethodAchAccountDto {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CustomerPaymentMethodAchAccountDto")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("is_default", &self.is_default)
            .field(
                "account_number",
                &paygen_runtime::redact::Redacted::full(&self.account_number),
            )
            .field(
                "routing_number",
                &paygen_runtime::redact::Redacted::full(&self.routing_number),
            )
            .field("account_type_id", &self.account_type_id)
            .field("account_type", &self.account_type)
            .field("account_holder_type_id", &self.account_holder_type_id)
            .field("account_holder_type", &self.account_holder_type)
            .field(
                "tax_id",
                &paygen_runtime::redact::Redacted::full(&self.tax_id),
            )
            .finish()
    }
}
