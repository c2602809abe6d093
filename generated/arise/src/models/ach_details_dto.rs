/// An object with the properties `customerAccountNumber`, `customerRoutingNumber`, `accountHolderType`, `accountHolderTypeId`, `accountType`, `accountTypeId` and `taxId`.
#[derive(Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct AchDetailsDto {
    /// Text.
    #[serde(
        rename = "customerAccountNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_account_number: Option<String>,
    /// Text.
    #[serde(
        rename = "customerRoutingNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_routing_number: Option<String>,
    /// Text.
    #[serde(
        rename = "accountHolderType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_holder_type: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "accountHolderTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_holder_type_id: Option<i32>,
    /// Text.
    #[serde(
        rename = "accountType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_type: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "accountTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_type_id: Option<i32>,
    /// Text.
    #[serde(rename = "taxId", default, skip_serializing_if = "Option::is_none")]
    pub tax_id: Option<String>,
}

impl std::fmt::Debug for AchDetailsDto {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AchDetailsDto")
            .field(
                "customer_account_number",
                &paygen_runtime::redact::Redacted::full(&self.customer_account_number),
            )
            .field(
                "customer_routing_number",
                &paygen_runtime::redact::Redacted::full(&self.customer_routing_number),
            )
            .field("account_holder_type", &self.account_holder_type)
            .field("account_holder_type_id", &self.account_holder_type_id)
            .field("account_type", &self.account_type)
            .field("account_type_id", &self.account_type_id)
            .field(
                "tax_id",
                &paygen_runtime::redact::Redacted::full(&self.tax_id),
            )
            .finish()
    }
}
