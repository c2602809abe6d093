/// One-time password and new password that complete a registration.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RegistrationConfirmRequest {
    /// The login given to `register`.
    pub login: String,
    /// The one-time password delivered to the login.
    pub otp: String,
    /// At least 8 characters, with an upper-case letter, a lower-case letter, a digit and one of `# $ ! @ * & %`.
    pub password: String,
}
