/// The `SendTransactionReceiptBySmsResponse` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SendTransactionReceiptBySmsResponse {
    /// Customer's phone number. E.164 phone number.
    #[serde(rename = "phoneNumber")]
    pub phone_number: String,
    /// Customer has consented to receiving the SMS.
    #[serde(rename = "customerConsent")]
    pub customer_consent: bool,
}
