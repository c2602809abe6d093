/// The `ContactInfoDto` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactInfoDto {
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
