/// The `SendQuickPaymentSmsNotificationRequest` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SendQuickPaymentSmsNotificationRequest {
    /// SMS phone number. E.164 phone number.
    #[serde(
        rename = "phoneNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub phone_number: Option<String>,
    /// Customer has consented to receiving the SMS.
    #[serde(
        rename = "customerConsent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_consent: Option<bool>,
}
