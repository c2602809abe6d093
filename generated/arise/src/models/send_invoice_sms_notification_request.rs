/// An object with the properties `receiverEmail` and `customerConsent`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct SendInvoiceSmsNotificationRequest {
    /// Text.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "receiverEmail",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub receiver_email: paygen_runtime::Nullable<String>,
    /// Whether the customer agreed to receive the SMS.
    #[serde(
        rename = "customerConsent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_consent: Option<bool>,
}

impl SendInvoiceSmsNotificationRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            receiver_email: paygen_runtime::Nullable::Absent,
            customer_consent: None,
        }
    }

    /// Property `receiverEmail`: Text.
    pub fn receiver_email(mut self, value: impl Into<String>) -> Self {
        self.receiver_email = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `receiverEmail` as `null`.
    pub fn clear_receiver_email(mut self) -> Self {
        self.receiver_email = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `customerConsent`: Whether the customer agreed to receive the SMS.
    pub fn customer_consent(mut self, value: bool) -> Self {
        self.customer_consent = Some(value);
        self
    }
}
