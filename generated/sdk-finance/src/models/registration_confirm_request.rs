/// One-time password and new password that complete a registration.
#[derive(Clone, PartialEq, serde::Serialize)]
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

impl std::fmt::Debug for RegistrationConfirmRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RegistrationConfirmRequest")
            .field("login", &self.login)
            .field("otp", &paygen_runtime::redact::Redacted::full(&self.otp))
            .field(
                "password",
                &paygen_runtime::redact::Redacted::full(&self.password),
            )
            .finish()
    }
}

impl paygen_runtime::redact::SensitiveValues for RegistrationConfirmRequest {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::values_of(&self.otp, out);
        paygen_runtime::redact::values_of(&self.password, out);
    }
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
