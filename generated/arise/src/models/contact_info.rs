/// The `ContactInfo` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactInfo {
    /// The identifier of the contact information record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// The name or label of the address.
    #[serde(
        rename = "addressName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub address_name: Option<String>,
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
    /// Postal or ZIP code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
    /// Aurora country identifier.
    #[serde(rename = "countryId", default, skip_serializing_if = "Option::is_none")]
    pub country_id: Option<i32>,
    /// The `stateId` field.
    #[serde(rename = "stateId", default, skip_serializing_if = "Option::is_none")]
    pub state_id: Option<i32>,
    /// State identifier (in two-letter USPS \[United States Postal Service\] postal code).
    #[serde(rename = "stateName", default, skip_serializing_if = "Option::is_none")]
    pub state_name: Option<String>,
    /// The email address associated with this contact information.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The business phone number for this contact. E.164 phone number.
    #[serde(
        rename = "businessPhoneNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub business_phone_number: Option<String>,
    /// The ID of the merchant to whom this contact information belongs.
    #[serde(
        rename = "merchantId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_id: Option<paygen_runtime::Uuid>,
    /// This is the main address for the merchant.
    #[serde(
        rename = "isMainAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_main_address: Option<bool>,
    /// This is the default address used for the merchant.
    #[serde(
        rename = "isDefaultAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_default_address: Option<bool>,
}
