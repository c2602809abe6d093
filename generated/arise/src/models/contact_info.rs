/// An object with the properties `id`, `addressName`, `addressLine1`, `addressLine2`, `city`, `zip`, `countryId`, `stateId` and 6 more.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ContactInfo {
    /// Id of this contact record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// Label of the address.
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
    /// A 32-bit integer.
    #[serde(rename = "stateId", default, skip_serializing_if = "Option::is_none")]
    pub state_id: Option<i32>,
    /// Two-letter USPS state code.
    #[serde(rename = "stateName", default, skip_serializing_if = "Option::is_none")]
    pub state_name: Option<String>,
    /// Email address of this contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Business phone number in E.164 form.
    ///
    /// Pattern: `^(null|\+\d{1,20})$`.
    #[serde(
        rename = "businessPhoneNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub business_phone_number: Option<String>,
    /// Id of the merchant that owns this contact record.
    #[serde(
        rename = "merchantId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_id: Option<paygen_runtime::Uuid>,
    /// Whether this is the merchant's main address.
    #[serde(
        rename = "isMainAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_main_address: Option<bool>,
    /// Whether this is the merchant's default address.
    #[serde(
        rename = "isDefaultAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_default_address: Option<bool>,
}
