/// An object with the properties `phoneNumber` and `customerConsent`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct SendInvoiceEmailNotificationRequest {
    /// SMS phone number. E.164 phone number.
    ///
    /// Pattern: `^(null|\+\d{1,20})$`.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "phoneNumber",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub phone_number: paygen_runtime::Nullable<String>,
    /// Whether the customer agreed to receive the SMS.
    #[serde(
        rename = "customerConsent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_consent: Option<bool>,
}

impl SendInvoiceEmailNotificationRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            phone_number: paygen_runtime::Nullable::Absent,
            customer_consent: None,
        }
    }

    /// Property `phoneNumber`: SMS phone number. E.164 phone number.
    ///
    /// Pattern: `^(null|\+\d{1,20})$`.
    pub fn phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `phoneNumber` as `null`.
    pub fn clear_phone_number(mut self) -> Self {
        self.phone_number = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `customerConsent`: Whether the customer agreed to receive the SMS.
    pub fn customer_consent(mut self, value: bool) -> Self {
        self.customer_consent = Some(value);
        self
    }
}
