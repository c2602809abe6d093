/// Dashboard login.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ApiKeyRequest {
    /// Dashboard password.
    pub password: String,
    /// Dashboard account e-mail.
    pub username: String,
}
