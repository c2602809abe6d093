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
