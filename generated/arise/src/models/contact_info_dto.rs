/// An object with the properties `companyName`, `firstName`, `lastName`, `email`, `mobilePhoneNumber` and `smsNotification`. Required: `companyName`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct ContactInfoDto {
    /// Customer's company name.
    #[serde(rename = "companyName")]
    pub company_name: String,
    /// Customer's first name.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "firstName",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub first_name: paygen_runtime::Nullable<String>,
    /// Customer's last name.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "lastName",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub last_name: paygen_runtime::Nullable<String>,
    /// Customer's email.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub email: paygen_runtime::Nullable<String>,
    /// Customer's mobile phone number. E.164 phone number.
    ///
    /// Pattern: `^(null|\+\d{1,20})$`.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "mobilePhoneNumber",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub mobile_phone_number: paygen_runtime::Nullable<String>,
    /// Whether the customer gets SMS notifications.
    ///
    /// Default: `false`.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "smsNotification",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub sms_notification: paygen_runtime::Nullable<bool>,
}

impl ContactInfoDto {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(company_name: impl Into<String>) -> Self {
        Self {
            company_name: company_name.into(),
            first_name: paygen_runtime::Nullable::Absent,
            last_name: paygen_runtime::Nullable::Absent,
            email: paygen_runtime::Nullable::Absent,
            mobile_phone_number: paygen_runtime::Nullable::Absent,
            sms_notification: paygen_runtime::Nullable::Absent,
        }
    }

    /// Property `firstName`: Customer's first name.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `firstName` as `null`.
    pub fn clear_first_name(mut self) -> Self {
        self.first_name = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `lastName`: Customer's last name.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `lastName` as `null`.
    pub fn clear_last_name(mut self) -> Self {
        self.last_name = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `email`: Customer's email.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `email` as `null`.
    pub fn clear_email(mut self) -> Self {
        self.email = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `mobilePhoneNumber`: Customer's mobile phone number. E.164 phone number.
    ///
    /// Pattern: `^(null|\+\d{1,20})$`.
    pub fn mobile_phone_number(mut self, value: impl Into<String>) -> Self {
        self.mobile_phone_number = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `mobilePhoneNumber` as `null`.
    pub fn clear_mobile_phone_number(mut self) -> Self {
        self.mobile_phone_number = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `smsNotification`: Whether the customer gets SMS notifications.
    ///
    /// Default: `false`.
    pub fn sms_notification(mut self, value: bool) -> Self {
        self.sms_notification = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `smsNotification` as `null`.
    pub fn clear_sms_notification(mut self) -> Self {
        self.sms_notification = paygen_runtime::Nullable::Null;
        self
    }
}
