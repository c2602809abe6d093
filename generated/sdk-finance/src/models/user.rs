/// A user and their memberships.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct User {
    /// `true` or `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// A date and time (RFC 3339).
    #[serde(
        rename = "banExpiryDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ban_expiry_date: Option<paygen_runtime::DateTime>,
    /// `true` or `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub banned: Option<bool>,
    /// Contact details of a user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<super::UserContact>,
    /// A date and time (RFC 3339).
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<paygen_runtime::DateTime>,
    /// Text.
    pub id: String,
    /// A list of objects with the properties `contract_info`, `id`, `organization` and `role`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<super::UserMember>>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
