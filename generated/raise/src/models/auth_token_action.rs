/// Step of the customer token flow requested from the auth tokens endpoint.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum AuthTokenAction {
    /// `GENERATE_NONCE`
    GenerateNonce,
    /// `SEND_VERIFICATION`
    SendVerification,
    /// `VALIDATE_VERIFICATION`
    ValidateVerification,
    /// `REFRESH`
    Refresh,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl AuthTokenAction {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GenerateNonce => "GENERATE_NONCE",
            Self::SendVerification => "SEND_VERIFICATION",
            Self::ValidateVerification => "VALIDATE_VERIFICATION",
            Self::Refresh => "REFRESH",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for AuthTokenAction {
    fn from(value: String) -> Self {
        match value.as_str() {
            "GENERATE_NONCE" => Self::GenerateNonce,
            "SEND_VERIFICATION" => Self::SendVerification,
            "VALIDATE_VERIFICATION" => Self::ValidateVerification,
            "REFRESH" => Self::Refresh,
            _ => Self::Unknown(value),
        }
    }
}

impl From<AuthTokenAction> for String {
    fn from(value: AuthTokenAction) -> Self {
        match value {
            AuthTokenAction::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for AuthTokenAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for AuthTokenAction {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
