/// A user and their memberships.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct User {
    /// The `active` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// The `banExpiryDate` field.
    #[serde(
        rename = "banExpiryDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ban_expiry_date: Option<paygen_runtime::DateTime>,
    /// The `banned` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub banned: Option<bool>,
    /// Contact details of a user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<super::UserContact>,
    /// The `createdAt` field.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<paygen_runtime::DateTime>,
    /// The `id` field.
    pub id: String,
    /// The `members` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<super::UserMember>>,
    /// The `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
