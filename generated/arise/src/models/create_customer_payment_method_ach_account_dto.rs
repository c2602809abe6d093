/// The `CreateCustomerPaymentMethodAchAccountDto` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCustomerPaymentMethodAchAccountDto {
    /// The `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Payment target's bank account number.
    #[serde(
        rename = "accountNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_number: Option<String>,
    /// The `routingNumber` field.
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
    /// The `taxId` field.
    #[serde(rename = "taxId", default, skip_serializing_if = "Option::is_none")]
    pub tax_id: Option<String>,
}
