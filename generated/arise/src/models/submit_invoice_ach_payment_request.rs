/// An object with the properties `routingNumber`, `accountNumber`, `accountType`, `accountHolderType`, `firstName`, `lastName`, `companyName`, `email` and 10 more.
#[derive(Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct SubmitInvoiceAchPaymentRequest {
    /// Text.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "routingNumber",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub routing_number: paygen_runtime::Nullable<String>,
    /// Text.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "accountNumber",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub account_number: paygen_runtime::Nullable<String>,
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.AccountType).
    #[serde(
        rename = "accountType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_type: Option<super::AccountType>,
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.AccountHolderType).
    #[serde(
        rename = "accountHolderType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_holder_type: Option<super::AccountHolderType>,
    /// Customer's first name.
    #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Customer's last name.
    #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Customer's company name.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "companyName",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub company_name: paygen_runtime::Nullable<String>,
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
    /// Street address.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "addressLine1",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub address_line1: paygen_runtime::Nullable<String>,
    /// Additional street address information.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "addressLine2",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub address_line2: paygen_runtime::Nullable<String>,
    /// Name of the city.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub city: paygen_runtime::Nullable<String>,
    /// A 32-bit integer.
    #[serde(rename = "stateId", default, skip_serializing_if = "Option::is_none")]
    pub state_id: Option<i32>,
    /// Billing postal or ZIP code.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "billingPostalCode",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub billing_postal_code: paygen_runtime::Nullable<String>,
    /// `true` or `false`.
    #[serde(
        rename = "savePaymentMethod",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub save_payment_method: Option<bool>,
    /// `true` or `false`.
    #[serde(
        rename = "authorizeBankWithdrawal",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub authorize_bank_withdrawal: Option<bool>,
    /// When the customer ticked the authorization box (ISO 8601, UTC or with offset).
    #[serde(
        rename = "authorizationConsentTimestamp",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub authorization_consent_timestamp: Option<paygen_runtime::DateTime>,
}

impl std::fmt::Debug for SubmitInvoiceAchPaymentRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SubmitInvoiceAchPaymentRequest")
            .field(
                "routing_number",
                &paygen_runtime::redact::Redacted::full(&self.routing_number),
            )
            .field(
                "account_number",
                &paygen_runtime::redact::Redacted::full(&self.account_number),
            )
            .field("account_type", &self.account_type)
            .field("account_holder_type", &self.account_holder_type)
            .field("first_name", &self.first_name)
            .field("last_name", &self.last_name)
            .field("company_name", &self.company_name)
            .field("email", &self.email)
            .field("mobile_phone_number", &self.mobile_phone_number)
            .field("sms_notification", &self.sms_notification)
            .field("address_line1", &self.address_line1)
            .field("address_line2", &self.address_line2)
            .field("city", &self.city)
            .field("state_id", &self.state_id)
            .field("billing_postal_code", &self.billing_postal_code)
            .field("save_payment_method", &self.save_payment_method)
            .field("authorize_bank_withdrawal", &self.authorize_bank_withdrawal)
            .field(
                "authorization_consent_timestamp",
                &self.authorization_consent_timestamp,
            )
            .finish()
    }
}

impl paygen_runtime::redact::SensitiveValues for SubmitInvoiceAchPaymentRequest {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::values_of(&self.routing_number, out);
        paygen_runtime::redact::values_of(&self.account_number, out);
    }
}

impl SubmitInvoiceAchPaymentRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            routing_number: paygen_runtime::Nullable::Absent,
            account_number: paygen_runtime::Nullable::Absent,
            account_type: None,
            account_holder_type: None,
            first_name: None,
            last_name: None,
            company_name: paygen_runtime::Nullable::Absent,
            email: paygen_runtime::Nullable::Absent,
            mobile_phone_number: paygen_runtime::Nullable::Absent,
            sms_notification: paygen_runtime::Nullable::Absent,
            address_line1: paygen_runtime::Nullable::Absent,
            address_line2: paygen_runtime::Nullable::Absent,
            city: paygen_runtime::Nullable::Absent,
            state_id: None,
            billing_postal_code: paygen_runtime::Nullable::Absent,
            save_payment_method: None,
            authorize_bank_withdrawal: None,
            authorization_consent_timestamp: None,
        }
    }

    /// Property `routingNumber`: Text.
    pub fn routing_number(mut self, value: impl Into<String>) -> Self {
        self.routing_number = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `routingNumber` as `null`.
    pub fn clear_routing_number(mut self) -> Self {
        self.routing_number = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `accountNumber`: Text.
    pub fn account_number(mut self, value: impl Into<String>) -> Self {
        self.account_number = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `accountNumber` as `null`.
    pub fn clear_account_number(mut self) -> Self {
        self.account_number = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `accountType`: Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.AccountType).
    pub fn account_type(mut self, value: super::AccountType) -> Self {
        self.account_type = Some(value);
        self
    }

    /// Property `accountHolderType`: Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.AccountHolderType).
    pub fn account_holder_type(mut self, value: super::AccountHolderType) -> Self {
        self.account_holder_type = Some(value);
        self
    }

    /// Property `firstName`: Customer's first name.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Property `lastName`: Customer's last name.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Property `companyName`: Customer's company name.
    pub fn company_name(mut self, value: impl Into<String>) -> Self {
        self.company_name = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `companyName` as `null`.
    pub fn clear_company_name(mut self) -> Self {
        self.company_name = paygen_runtime::Nullable::Null;
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

    /// Property `addressLine1`: Street address.
    pub fn address_line1(mut self, value: impl Into<String>) -> Self {
        self.address_line1 = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `addressLine1` as `null`.
    pub fn clear_address_line1(mut self) -> Self {
        self.address_line1 = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `addressLine2`: Additional street address information.
    pub fn address_line2(mut self, value: impl Into<String>) -> Self {
        self.address_line2 = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `addressLine2` as `null`.
    pub fn clear_address_line2(mut self) -> Self {
        self.address_line2 = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `city`: Name of the city.
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.city = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `city` as `null`.
    pub fn clear_city(mut self) -> Self {
        self.city = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `stateId`: A 32-bit integer.
    pub fn state_id(mut self, value: i32) -> Self {
        self.state_id = Some(value);
        self
    }

    /// Property `billingPostalCode`: Billing postal or ZIP code.
    pub fn billing_postal_code(mut self, value: impl Into<String>) -> Self {
        self.billing_postal_code = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `billingPostalCode` as `null`.
    pub fn clear_billing_postal_code(mut self) -> Self {
        self.billing_postal_code = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `savePaymentMethod`: `true` or `false`.
    pub fn save_payment_method(mut self, value: bool) -> Self {
        self.save_payment_method = Some(value);
        self
    }

    /// Property `authorizeBankWithdrawal`: `true` or `false`.
    pub fn authorize_bank_withdrawal(mut self, value: bool) -> Self {
        self.authorize_bank_withdrawal = Some(value);
        self
    }

    /// Property `authorizationConsentTimestamp`: When the customer ticked the authorization box (ISO 8601, UTC or with offset).
    pub fn authorization_consent_timestamp(mut self, value: paygen_runtime::DateTime) -> Self {
        self.authorization_consent_timestamp = Some(value);
        self
    }
}
