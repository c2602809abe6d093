/// Criteria for a user search.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserFilter {
    /// The `active` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// The `banned` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub banned: Option<bool>,
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
    /// The `iban` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iban: Option<String>,
    /// The `identificationStatus` field.
    #[serde(
        rename = "identificationStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub identification_status: Option<String>,
    /// The `ids` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ids: Option<Vec<String>>,
    /// The `organizationIds` field.
    #[serde(
        rename = "organizationIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub organization_ids: Option<Vec<String>>,
    /// The `personalId` field.
    #[serde(
        rename = "personalId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub personal_id: Option<String>,
    /// The `phone` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// The `phoneVerified` field.
    #[serde(
        rename = "phoneVerified",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub phone_verified: Option<bool>,
    /// The `roles` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<super::Role>>,
    /// Free-text search.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The `tid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tid: Option<String>,
    /// The `virtualAccountNumber` field.
    #[serde(
        rename = "virtualAccountNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub virtual_account_number: Option<String>,
}
