/// Resource type; always `brands`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum BrandType {
    /// `brands`
    Brands,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl BrandType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Brands => "brands",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for BrandType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "brands" => Self::Brands,
            _ => Self::Unknown(value),
        }
    }
}

impl From<BrandType> for String {
    fn from(value: BrandType) -> Self {
        match value {
            BrandType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for BrandType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for BrandType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
