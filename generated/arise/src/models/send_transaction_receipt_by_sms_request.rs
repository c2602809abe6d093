/// An object with the properties `phoneNumber` and `customerConsent`. Required: `phoneNumber` and `customerConsent`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct SendTransactionReceiptBySmsRequest {
    /// Customer's phone number. E.164 phone number.
    ///
    /// Pattern: `^(null|\+\d{1,20})$`.
    #[serde(rename = "phoneNumber")]
    pub phone_number: String,
    /// Whether the customer agreed to receive the SMS.
    #[serde(rename = "customerConsent")]
    pub customer_consent: bool,
}

impl SendTransactionReceiptBySmsRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(phone_number: impl Into<String>, customer_consent: bool) -> Self {
        Self {
            phone_number: phone_number.into(),
            customer_consent,
        }
    }
}
