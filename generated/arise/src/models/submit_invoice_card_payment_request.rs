/// An object with the properties `totalAmount`, `accountNumber`, `expirationYear`, `expirationMonth`, `securityCode`, `billingCountryId`, `billingPostalCode` and `savePaymentMethod`.
#[derive(Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct SubmitInvoiceCardPaymentRequest {
    /// Transaction's total amount.
    #[serde(
        rename = "totalAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub total_amount: Option<paygen_runtime::Decimal>,
    /// Card number to charge (the document calls it a bank account number).
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "accountNumber",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub account_number: paygen_runtime::Nullable<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "expirationYear",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_year: Option<i32>,
    /// A 32-bit integer.
    #[serde(
        rename = "expirationMonth",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_month: Option<i32>,
    /// Text.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "securityCode",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub security_code: paygen_runtime::Nullable<String>,
    /// Aurora country identifier.
    #[serde(
        rename = "billingCountryId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_country_id: Option<i32>,
    /// Text.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "billingPostalCode",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub billing_postal_code: paygen_runtime::Nullable<String>,
    /// `true` or `false`.
    #[serde(
        rename = "savePaymentMethod",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub save_payment_method: Option<bool>,
}

impl std::fmt::Debug for SubmitInvoiceCardPaymentRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SubmitInvoiceCardPaymentRequest")
            .field("total_amount", &self.total_amount)
            .field(
                "account_number",
                &paygen_runtime::redact::Redacted::last4(&self.account_number),
            )
            .field("expiration_year", &self.expiration_year)
            .field("expiration_month", &self.expiration_month)
            .field(
                "security_code",
                &paygen_runtime::redact::Redacted::full(&self.security_code),
            )
            .field("billing_country_id", &self.billing_country_id)
            .field("billing_postal_code", &self.billing_postal_code)
            .field("save_payment_method", &self.save_payment_method)
            .finish()
    }
}

impl paygen_runtime::redact::SensitiveValues for SubmitInvoiceCardPaymentRequest {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::values_of(&self.account_number, out);
        paygen_runtime::redact::values_of(&self.security_code, out);
    }
}

impl SubmitInvoiceCardPaymentRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            total_amount: None,
            account_number: paygen_runtime::Nullable::Absent,
            expiration_year: None,
            expiration_month: None,
            security_code: paygen_runtime::Nullable::Absent,
            billing_country_id: None,
            billing_postal_code: paygen_runtime::Nullable::Absent,
            save_payment_method: None,
        }
    }

    /// Property `totalAmount`: Transaction's total amount.
    pub fn total_amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.total_amount = Some(value);
        self
    }

    /// Property `accountNumber`: Card number to charge (the document calls it a bank account number).
    pub fn account_number(mut self, value: impl Into<String>) -> Self {
        self.account_number = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `accountNumber` as `null`.
    pub fn clear_account_number(mut self) -> Self {
        self.account_number = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `expirationYear`: A 32-bit integer.
    pub fn expiration_year(mut self, value: i32) -> Self {
        self.expiration_year = Some(value);
        self
    }

    /// Property `expirationMonth`: A 32-bit integer.
    pub fn expiration_month(mut self, value: i32) -> Self {
        self.expiration_month = Some(value);
        self
    }

    /// Property `securityCode`: Text.
    pub fn security_code(mut self, value: impl Into<String>) -> Self {
        self.security_code = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `securityCode` as `null`.
    pub fn clear_security_code(mut self) -> Self {
        self.security_code = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `billingCountryId`: Aurora country identifier.
    pub fn billing_country_id(mut self, value: i32) -> Self {
        self.billing_country_id = Some(value);
        self
    }

    /// Property `billingPostalCode`: Text.
    pub fn billing_postal_code(mut self, value: impl Into<String>) -> Self {
        self.billing_postal_code = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `billingPostalCode` as `null`.
    pub fn clear_billing_postal_code(mut self) -> Self {
        self.billing_postal_code = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `savePaymentMethod`: `true` or `false`.
    pub fn save_payment_method(mut self, value: bool) -> Self {
        self.save_payment_method = Some(value);
        self
    }
}
