/// An object with the properties `name`, `accountNumber`, `routingNumber`, `accountType`, `accountHolderType` and `taxId`.
#[derive(Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct CreateCustomerPaymentMethodAchAccountDto {
    /// Text.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub name: paygen_runtime::Nullable<String>,
    /// Number of the bank account.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "accountNumber",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub account_number: paygen_runtime::Nullable<String>,
    /// Text.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "routingNumber",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub routing_number: paygen_runtime::Nullable<String>,
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
    /// Text.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "taxId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub tax_id: paygen_runtime::Nullable<String>,
}

impl std::fmt::Debug for CreateCustomerPaymentMethodAchAccountDto {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateCustomerPaymentMethodAchAccountDto")
            .field("name", &self.name)
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
            .finish()
    }
}

impl paygen_runtime::redact::SensitiveValues for CreateCustomerPaymentMethodAchAccountDto {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::values_of(&self.account_number, out);
        paygen_runtime::redact::values_of(&self.routing_number, out);
        paygen_runtime::redact::values_of(&self.tax_id, out);
    }
}

impl CreateCustomerPaymentMethodAchAccountDto {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            name: paygen_runtime::Nullable::Absent,
            account_number: paygen_runtime::Nullable::Absent,
            routing_number: paygen_runtime::Nullable::Absent,
            account_type: None,
            account_holder_type: None,
            tax_id: paygen_runtime::Nullable::Absent,
        }
    }

    /// Property `name`: Text.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `name` as `null`.
    pub fn clear_name(mut self) -> Self {
        self.name = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `accountNumber`: Number of the bank account.
    pub fn account_number(mut self, value: impl Into<String>) -> Self {
        self.account_number = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `accountNumber` as `null`.
    pub fn clear_account_number(mut self) -> Self {
        self.account_number = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `routingNumber`: Text.
    pub fn routing_number(mut self, value: impl Into<String>) -> Self {
        self.routing_number = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `routingNumber` as `null`.
    pub fn clear_routing_number(mut self) -> Self {
        self.routing_number = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `accountType`: Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.AccountType).
    pub fn account_type(mut self, value: super::AccountType) -> Self {
        self.account_type = Some(value);
        self
    }

    /// Property `accountHolderType`: Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.AccountHolderType).
    pub fn account_holder_type(mut self, value: super::AccountHolderType) -> Self {
        self.account_holder_type = Some(value);
        self
    }

    /// Property `taxId`: Text.
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
