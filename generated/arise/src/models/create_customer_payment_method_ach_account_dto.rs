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
impl CreateCustomerPaymentMethodAchAccountDto {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            name: None,
            account_number: None,
            routing_number: None,
            account_type: None,
            account_holder_type: None,
            tax_id: None,
        }
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `accountNumber`.
    pub fn with_account_number(mut self, value: impl Into<String>) -> Self {
        self.account_number = Some(value.into());
        self
    }
    /// Sets `routingNumber`.
    pub fn with_routing_number(mut self, value: impl Into<String>) -> Self {
        self.routing_number = Some(value.into());
        self
    }
    /// Sets `accountType`.
    pub fn with_account_type(mut self, value: super::AccountType) -> Self {
        self.account_type = Some(value);
        self
    }
    /// Sets `accountHolderType`.
    pub fn with_account_holder_type(mut self, value: super::AccountHolderType) -> Self {
        self.account_holder_type = Some(value);
        self
    }
    /// Sets `taxId`.
    pub fn with_tax_id(mut self, value: impl Into<String>) -> Self {
        self.tax_id = Some(value.into());
        self
    }
}
