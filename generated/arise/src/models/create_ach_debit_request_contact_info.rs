/// The `CreateAchDebitRequestContactInfo` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateAchDebitRequestContactInfo {
    /// Customer's company name.
    #[serde(rename = "companyName")]
    pub company_name: String,
    /// Customer's first name.
    #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Customer's last name.
    #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Customer's email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Customer's mobile phone number. E.164 phone number.
    #[serde(
        rename = "mobilePhoneNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mobile_phone_number: Option<String>,
    /// Customer is sent an SMS notification.
    #[serde(
        rename = "smsNotification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sms_notification: Option<bool>,
}
impl CreateAchDebitRequestContactInfo {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(company_name: impl Into<String>) -> Self {
        Self {
            company_name: company_name.into(),
            first_name: None,
            last_name: None,
            email: None,
            mobile_phone_number: None,
            sms_notification: None,
        }
    }
    /// Sets `firstName`.
    pub fn with_first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }
    /// Sets `lastName`.
    pub fn with_last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `mobilePhoneNumber`.
    pub fn with_mobile_phone_number(mut self, value: impl Into<String>) -> Self {
        self.mobile_phone_number = Some(value.into());
        self
    }
    /// Sets `smsNotification`.
    pub fn with_sms_notification(mut self, value: bool) -> Self {
        self.sms_notification = Some(value);
        self
    }
}
