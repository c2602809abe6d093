/// The user just created.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct UserCreateResponse {
    /// A user and their memberships.
    pub user: super::User,
}
