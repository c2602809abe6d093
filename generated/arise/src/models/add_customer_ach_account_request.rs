/// An object with the properties `accountNumber`, `routingNumber`, `accountType`, `accountHolderType`, `name` and `taxId`. Required: `accountNumber`, `routingNumber`, `accountType` and `accountHolderType`.
#[derive(Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
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
    /// Tax identification number (TIN) of the customer.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "taxId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub tax_id: paygen_runtime::Nullable<String>,
}

impl std::fmt::Debug for AddCustomerAchAccountRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AddCustomerAchAccountRequest")
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
            .field("name", &self.name)
            .field(
                "tax_id",
                &paygen_runtime::redact::Redacted::full(&self.tax_id),
            )
            .finish()
    }
}

impl paygen_runtime::redact::SensitiveValues for AddCustomerAchAccountRequest {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::values_of(&self.account_number, out);
        paygen_runtime::redact::values_of(&self.routing_number, out);
        paygen_runtime::redact::values_of(&self.tax_id, out);
    }
}

impl AddCustomerAchAccountRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(
        routing_number: impl Into<String>,
        account_type: super::AccountType,
        account_holder_type: super::AccountHolderType,
    ) -> Self {
        Self {
            account_number: None,
            routing_number: routing_number.into(),
            account_type,
            account_holder_type,
            name: None,
            tax_id: paygen_runtime::Nullable::Absent,
        }
    }

    /// Property `accountNumber`: Account number.
    pub fn account_number(mut self, value: impl Into<String>) -> Self {
        self.account_number = Some(value.into());
        self
    }

    /// Property `name`: Payment method name.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Property `taxId`: Tax identification number (TIN) of the customer.
    pub fn tax_id(mut self, value: impl Into<String>) -> Self {
        self.tax_id = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `taxId` as `null`.
    pub fn clear_tax_id(mut self) -> Self {
        self.tax_id = paygen_runtime::Nullable::Null;
        self
    }
}
