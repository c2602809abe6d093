/// The `AddCustomerAchAccountRequest` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AddCustomerAchAccountRequest {
    /// Account number.
    #[serde(
        rename = "accountNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_number: Option<String>,
    /// Routing number.
    #[serde(rename = "routingNumber")]
    pub routing_number: String,
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.AccountType).
    #[serde(rename = "accountType")]
    pub account_type: super::AccountType,
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.AccountHolderType).
    #[serde(rename = "accountHolderType")]
    pub account_holder_type: super::AccountHolderType,
    /// Payment method name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Customer's TIN (tax identifier number).
    #[serde(rename = "taxId", default, skip_serializing_if = "Option::is_none")]
    pub tax_id: Option<String>,
}
