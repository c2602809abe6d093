/// Credentials for a login.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct LoginRequest {
    /// E-mail address, or phone number without the leading `+`.
    pub login: String,
    /// Text.
    pub password: String,
}

impl LoginRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(login: impl Into<String>, password: impl Into<String>) -> Self {
        Self {
            login: login.into(),
            password: password.into(),
        }
    }
}
