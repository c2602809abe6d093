/// An enum written as a union of `const` values, each documented.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum Status {
    /// `active`
    ///
    /// The card can be used.
    Active,
    /// `frozen`
    ///
    /// The card is frozen.
    Frozen,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl Status {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Frozen => "frozen",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for Status {
    fn from(value: String) -> Self {
        match value.as_str() {
            "active" => Self::Active,
            "frozen" => Self::Frozen,
            _ => Self::Unknown(value),
        }
    }
}

impl From<Status> for String {
    fn from(value: Status) -> Self {
        match value {
            Status::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for Status {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
