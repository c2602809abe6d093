/// Login and one-time password for the second login step.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AuthorizationConfirmRequest {
    /// The login given to `authorize`.
    pub login: String,
    /// The one-time password delivered to the login.
    pub otp: String,
}
