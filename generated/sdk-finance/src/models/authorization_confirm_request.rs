/// Login and one-time password for the second login step.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct AuthorizationConfirmRequest {
    /// The login given to `authorize`.
    pub login: String,
    /// The one-time password delivered to the login.
    pub otp: String,
}

impl AuthorizationConfirmRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(login: impl Into<String>, otp: impl Into<String>) -> Self {
        Self {
            login: login.into(),
            otp: otp.into(),
        }
    }
}
