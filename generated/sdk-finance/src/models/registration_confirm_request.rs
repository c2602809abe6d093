/// One-time password and new password that complete a registration.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct RegistrationConfirmRequest {
    /// The login given to `register`.
    pub login: String,
    /// The one-time password delivered to the login.
    pub otp: String,
    /// At least 8 characters, with an upper-case letter, a lower-case letter, a digit and one of `# $ ! @ * & %`.
    ///
    /// Format: `password`.
    pub password: String,
}

impl RegistrationConfirmRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(
        login: impl Into<String>,
        otp: impl Into<String>,
        password: impl Into<String>,
    ) -> Self {
        Self {
            login: login.into(),
            otp: otp.into(),
            password: password.into(),
        }
    }
}
