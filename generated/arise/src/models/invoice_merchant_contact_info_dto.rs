/// An object with the properties `addressLine1`, `addressLine2`, `city`, `zip`, `countryId`, `stateId`, `stateName`, `email` and 1 more.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct InvoiceMerchantContactInfoDto {
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
    /// Customer's email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Business’s mobile phone number. E.164 phone number.
    ///
    /// Pattern: `^(null|\+\d{1,20})$`.
    #[serde(
        rename = "businessPhoneNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub business_phone_number: Option<String>,
}
