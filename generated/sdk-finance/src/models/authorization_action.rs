/// Outcome of a login. `OTP_SENT` means a one-time password was sent and `confirmAuthorization` must follow.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum AuthorizationAction {
    /// `OTP_SENT`
    OtpSent,
    /// `TOKEN_CREATED`
    TokenCreated,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl AuthorizationAction {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OtpSent => "OTP_SENT",
            Self::TokenCreated => "TOKEN_CREATED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for AuthorizationAction {
    fn from(value: String) -> Self {
        match value.as_str() {
            "OTP_SENT" => Self::OtpSent,
            "TOKEN_CREATED" => Self::TokenCreated,
            _ => Self::Unknown(value),
        }
    }
}

impl From<AuthorizationAction> for String {
    fn from(value: AuthorizationAction) -> Self {
        match value {
            AuthorizationAction::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for AuthorizationAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for AuthorizationAction {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
