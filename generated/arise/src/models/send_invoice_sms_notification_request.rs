/// The `SendInvoiceSmsNotificationRequest` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SendInvoiceSmsNotificationRequest {
    /// The `receiverEmail` field.
    #[serde(
        rename = "receiverEmail",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub receiver_email: Option<String>,
    /// Customer has consented to receiving the SMS.
    #[serde(
        rename = "customerConsent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_consent: Option<bool>,
}
