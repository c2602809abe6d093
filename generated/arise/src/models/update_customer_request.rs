/// The `UpdateCustomerRequest` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateCustomerRequest {
    /// Customer's first name.
    #[serde(rename = "firstName")]
    pub first_name: String,
    /// Customer's last name.
    #[serde(rename = "lastName")]
    pub last_name: String,
    /// Customer's company name.
    #[serde(
        rename = "companyName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub company_name: Option<String>,
    /// Customer's email
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Customer's mobile phone number. E.164 phone number.
    #[serde(
        rename = "mobilePhoneNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mobile_phone_number: Option<String>,
    /// Customer's SMS notification is enabled.
    #[serde(
        rename = "isMobileNumberSmsNotificationsEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_mobile_number_sms_notifications_enabled: Option<bool>,
    /// To use the billing address as the shipping address.
    #[serde(
        rename = "useBillingAsShippingAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub use_billing_as_shipping_address: Option<bool>,
    /// The `billingAddress` field.
    #[serde(
        rename = "billingAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_address: Option<super::UpdateCustomerAddressDto>,
    /// The `shippingAddress` field.
    #[serde(
        rename = "shippingAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub shipping_address: Option<super::UpdateCustomerAddressDto>,
}
