/// Always `refresh_token`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum RefreshTokenGrantRequestGrantType {
    /// `refresh_token`
    RefreshToken,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl RefreshTokenGrantRequestGrantType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RefreshToken => "refresh_token",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for RefreshTokenGrantRequestGrantType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "refresh_token" => Self::RefreshToken,
            _ => Self::Unknown(value),
        }
    }
}

impl From<RefreshTokenGrantRequestGrantType> for String {
    fn from(value: RefreshTokenGrantRequestGrantType) -> Self {
        match value {
            RefreshTokenGrantRequestGrantType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for RefreshTokenGrantRequestGrantType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for RefreshTokenGrantRequestGrantType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
