/// An object with the properties `id`, `merchantId`, `firstName`, `lastName`, `companyName`, `email`, `mobilePhoneNumber`, `isMobileNumberSmsNotificationsEnabled` and 14 more.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetCustomerResponse {
    /// Customer Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// Merchant Id
    #[serde(
        rename = "merchantId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_id: Option<paygen_runtime::Uuid>,
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
    /// When true, the billing address is also used for shipping.
    #[serde(
        rename = "useBillingAsShippingAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub use_billing_as_shipping_address: Option<bool>,
    /// Default payment method Id
    #[serde(
        rename = "defaultPaymentMethodId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_payment_method_id: Option<paygen_runtime::Uuid>,
    /// Default payment method identifier.
    #[serde(
        rename = "defaultAchPaymentMethodId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_ach_payment_method_id: Option<paygen_runtime::Uuid>,
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
    /// An object with the properties `addressLine1`, `addressLine2`, `city`, `zip`, `stateName`, `state` and `country`.
    #[serde(
        rename = "billingAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_address: Option<super::CustomerAddressDto>,
    /// An object with the properties `addressLine1`, `addressLine2`, `city`, `zip`, `stateName`, `state` and `country`.
    #[serde(
        rename = "shippingAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub shipping_address: Option<super::CustomerAddressDto>,
    /// When the customer last paid (ISO 8601).
    #[serde(
        rename = "lastTransactionDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_transaction_date: Option<paygen_runtime::DateTime>,
    /// Transactions count
    #[serde(
        rename = "transactionsCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transactions_count: Option<i32>,
    /// Transactions volume
    #[serde(
        rename = "transactionsVolume",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub transactions_volume: Option<paygen_runtime::Decimal>,
    /// Last transaction amount
    #[serde(
        rename = "lastTransactionAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub last_transaction_amount: Option<paygen_runtime::Decimal>,
    /// Count of active subscriptions
    #[serde(
        rename = "numberOfSubscriptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub number_of_subscriptions: Option<i32>,
    /// Payment methods
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cards: Option<Vec<super::CustomerPaymentMethodCardDto>>,
    /// A list of objects with the properties `id`, `name`, `isDefault`, `accountNumber`, `routingNumber`, `accountTypeId`, `accountType`, `accountHolderTypeId` and 2 more.
    #[serde(
        rename = "achAccounts",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ach_accounts: Option<Vec<super::CustomerPaymentMethodAchAccountDto>>,
}
