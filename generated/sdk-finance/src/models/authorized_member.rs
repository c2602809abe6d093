/// One membership of the logged-in user in an organisation, with its token, role and permissions.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct AuthorizedMember {
    /// An organisation (the short form on memberships carries fewer fields).
    pub organization: super::Organization,
    /// Permission names granted to this membership (2024 generation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
    /// Role of a user within an organisation.
    pub role: super::Role,
    /// A session token and the moment it stops being valid.
    pub token: super::AuthorizationToken,
    /// Short form of a user.
    pub user: super::UserShort,
}
