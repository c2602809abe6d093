/// Values that are not identifiers, collide after case conversion, or repeat.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum Status {
    /// `active`
    Active,
    /// `Active`
    Active2,
    /// `ACTIVE`
    Active3,
    /// `in-progress`
    InProgress,
    /// `in progress`
    InProgress2,
    /// `1st`
    N1st,
    /// ``
    Empty,
    /// `unknown`
    UnknownValue,
    /// `über`
    Uber,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl Status {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Active2 => "Active",
            Self::Active3 => "ACTIVE",
            Self::InProgress => "in-progress",
            Self::InProgress2 => "in progress",
            Self::N1st => "1st",
            Self::Empty => "",
            Self::UnknownValue => "unknown",
            Self::Uber => "über",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for Status {
    fn from(value: String) -> Self {
        match value.as_str() {
            "active" => Self::Active,
            "Active" => Self::Active2,
            "ACTIVE" => Self::Active3,
            "in-progress" => Self::InProgress,
            "in progress" => Self::InProgress2,
            "1st" => Self::N1st,
            "" => Self::Empty,
            "unknown" => Self::UnknownValue,
            "über" => Self::Uber,
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
