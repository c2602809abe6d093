/// One of `dog`, `cat`, `guinea-pig`, `in progress`, `Dog` and ``.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum Kind {
    /// `dog`
    Dog,
    /// `cat`
    Cat,
    /// `guinea-pig`
    GuineaPig,
    /// `in progress`
    InProgress,
    /// `Dog`
    Dog2,
    /// ``
    Empty,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl Kind {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dog => "dog",
            Self::Cat => "cat",
            Self::GuineaPig => "guinea-pig",
            Self::InProgress => "in progress",
            Self::Dog2 => "Dog",
            Self::Empty => "",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for Kind {
    fn from(value: String) -> Self {
        match value.as_str() {
            "dog" => Self::Dog,
            "cat" => Self::Cat,
            "guinea-pig" => Self::GuineaPig,
            "in progress" => Self::InProgress,
            "Dog" => Self::Dog2,
            "" => Self::Empty,
            _ => Self::Unknown(value),
        }
    }
}

impl From<Kind> for String {
    fn from(value: Kind) -> Self {
        match value {
            Kind::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for Kind {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
