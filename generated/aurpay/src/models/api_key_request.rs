/// Dashboard login.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct ApiKeyRequest {
    /// Dashboard password.
    ///
    /// Format: `password`.
    pub password: String,
    /// Dashboard account e-mail.
    pub username: String,
}

impl ApiKeyRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(password: impl Into<String>, username: impl Into<String>) -> Self {
        Self {
            password: password.into(),
            username: username.into(),
        }
    }
}
