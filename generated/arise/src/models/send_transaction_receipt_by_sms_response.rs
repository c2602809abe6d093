/// An object with the properties `phoneNumber` and `customerConsent`. Required: `phoneNumber` and `customerConsent`.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct SendTransactionReceiptBySmsResponse {
    /// Customer's phone number. E.164 phone number.
    ///
    /// Pattern: `^(null|\+\d{1,20})$`.
    #[serde(rename = "phoneNumber")]
    pub phone_number: String,
    /// Whether the customer agreed to receive the SMS.
    #[serde(rename = "customerConsent")]
    pub customer_consent: bool,
}
