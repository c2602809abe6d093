/// The card network.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum Brand {
    /// `visa`
    Visa,
    /// `mastercard`
    Mastercard,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl Brand {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Visa => "visa",
            Self::Mastercard => "mastercard",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for Brand {
    fn from(value: String) -> Self {
        match value.as_str() {
            "visa" => Self::Visa,
            "mastercard" => Self::Mastercard,
            _ => Self::Unknown(value),
        }
    }
}

impl From<Brand> for String {
    fn from(value: Brand) -> Self {
        match value {
            Brand::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for Brand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for Brand {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
