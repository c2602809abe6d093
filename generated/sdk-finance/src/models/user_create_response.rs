/// The user just created.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserCreateResponse {
    /// A user and their memberships.
    pub user: super::User,
}
