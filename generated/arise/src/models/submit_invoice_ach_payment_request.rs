/// The `SubmitInvoiceAchPaymentRequest` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubmitInvoiceAchPaymentRequest {
    /// The `routingNumber` field.
    #[serde(
        rename = "routingNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub routing_number: Option<String>,
    /// The `accountNumber` field.
    #[serde(
        rename = "accountNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_number: Option<String>,
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
    #[serde(
        rename = "companyName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub company_name: Option<String>,
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
    /// Street address.
    #[serde(
        rename = "addressLine1",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub address_line1: Option<String>,
    /// Additional street address information.
    #[serde(
        rename = "addressLine2",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub address_line2: Option<String>,
    /// Name of the city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The `stateId` field.
    #[serde(rename = "stateId", default, skip_serializing_if = "Option::is_none")]
    pub state_id: Option<i32>,
    /// Billing postal or ZIP code.
    #[serde(
        rename = "billingPostalCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_postal_code: Option<String>,
    /// The `savePaymentMethod` field.
    #[serde(
        rename = "savePaymentMethod",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub save_payment_method: Option<bool>,
    /// The `authorizeBankWithdrawal` field.
    #[serde(
        rename = "authorizeBankWithdrawal",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub authorize_bank_withdrawal: Option<bool>,
    /// Date-time (in an ISO 8601 date-time UTC or time zone offset format) when customer checked the authorization checkbox.
    #[serde(
        rename = "authorizationConsentTimestamp",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub authorization_consent_timestamp: Option<paygen_runtime::DateTime>,
}
impl SubmitInvoiceAchPaymentRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            routing_number: None,
            account_number: None,
            account_type: None,
            account_holder_type: None,
            first_name: None,
            last_name: None,
            company_name: None,
            email: None,
            mobile_phone_number: None,
            sms_notification: None,
            address_line1: None,
            address_line2: None,
            city: None,
            state_id: None,
            billing_postal_code: None,
            save_payment_method: None,
            authorize_bank_withdrawal: None,
            authorization_consent_timestamp: None,
        }
    }
    /// Sets `routingNumber`.
    pub fn with_routing_number(mut self, value: impl Into<String>) -> Self {
        self.routing_number = Some(value.into());
        self
    }
    /// Sets `accountNumber`.
    pub fn with_account_number(mut self, value: impl Into<String>) -> Self {
        self.account_number = Some(value.into());
        self
    }
    /// Sets `accountType`.
    pub fn with_account_type(mut self, value: super::AccountType) -> Self {
        self.account_type = Some(value);
        self
    }
    /// Sets `accountHolderType`.
    pub fn with_account_holder_type(mut self, value: super::AccountHolderType) -> Self {
        self.account_holder_type = Some(value);
        self
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
    /// Sets `companyName`.
    pub fn with_company_name(mut self, value: impl Into<String>) -> Self {
        self.company_name = Some(value.into());
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
    /// Sets `addressLine1`.
    pub fn with_address_line1(mut self, value: impl Into<String>) -> Self {
        self.address_line1 = Some(value.into());
        self
    }
    /// Sets `addressLine2`.
    pub fn with_address_line2(mut self, value: impl Into<String>) -> Self {
        self.address_line2 = Some(value.into());
        self
    }
    /// Sets `city`.
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
    /// Sets `stateId`.
    pub fn with_state_id(mut self, value: i32) -> Self {
        self.state_id = Some(value);
        self
    }
    /// Sets `billingPostalCode`.
    pub fn with_billing_postal_code(mut self, value: impl Into<String>) -> Self {
        self.billing_postal_code = Some(value.into());
        self
    }
    /// Sets `savePaymentMethod`.
    pub fn with_save_payment_method(mut self, value: bool) -> Self {
        self.save_payment_method = Some(value);
        self
    }
    /// Sets `authorizeBankWithdrawal`.
    pub fn with_authorize_bank_withdrawal(mut self, value: bool) -> Self {
        self.authorize_bank_withdrawal = Some(value);
        self
    }
    /// Sets `authorizationConsentTimestamp`.
    pub fn with_authorization_consent_timestamp(mut self, value: paygen_runtime::DateTime) -> Self {
        self.authorization_consent_timestamp = Some(value);
        self
    }
}
