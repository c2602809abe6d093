/// An object with the properties `id`, `createdOn`, `modifiedOn`, `lastTransactionDate`, `lastTransactionAmount`, `activeSubscriptionsAmount`, `contactName`, `firstName` and 7 more.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CustomerItemDto {
    /// Customer identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// When the customer was created (ISO 8601).
    #[serde(rename = "createdOn", default, skip_serializing_if = "Option::is_none")]
    pub created_on: Option<paygen_runtime::DateTime>,
    /// When the customer was last changed (ISO 8601).
    #[serde(
        rename = "modifiedOn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub modified_on: Option<paygen_runtime::DateTime>,
    /// When the customer last paid (ISO 8601).
    #[serde(
        rename = "lastTransactionDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_transaction_date: Option<paygen_runtime::DateTime>,
    /// Amount of the customer's most recent transaction.
    #[serde(
        rename = "lastTransactionAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub last_transaction_amount: Option<paygen_runtime::Decimal>,
    /// Amount of all active subscriptions.
    #[serde(
        rename = "activeSubscriptionsAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub active_subscriptions_amount: Option<paygen_runtime::Decimal>,
    /// Customer's contact name.
    #[serde(
        rename = "contactName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub contact_name: Option<String>,
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
    ///
    /// Pattern: `^(null|\+\d{1,20})$`.
    #[serde(
        rename = "mobilePhoneNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mobile_phone_number: Option<String>,
    /// Whether SMS notifications to the mobile number are on.
    #[serde(
        rename = "isMobileNumberSmsNotificationsEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_mobile_number_sms_notifications_enabled: Option<bool>,
    /// An object with the properties `addressLine1`, `addressLine2`, `city`, `zip`, `stateName`, `state` and `country`.
    #[serde(
        rename = "billingAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_address: Option<super::CustomerAddressDto>,
    /// How many payment methods the customer has.
    #[serde(
        rename = "paymentMethodsCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_methods_count: Option<i32>,
}
