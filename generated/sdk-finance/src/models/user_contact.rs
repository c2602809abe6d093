/// Contact details of a user.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct UserContact {
    /// The `countryCode` field.
    #[serde(
        rename = "countryCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub country_code: Option<String>,
    /// The `email` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The `emailVerified` field.
    #[serde(
        rename = "emailVerified",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub email_verified: Option<bool>,
    /// The `phoneNumber` field.
    #[serde(
        rename = "phoneNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub phone_number: Option<String>,
    /// The `phoneVerified` field.
    #[serde(
        rename = "phoneVerified",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub phone_verified: Option<bool>,
}
