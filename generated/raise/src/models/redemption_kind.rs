/// Where a gift card can be redeemed.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum RedemptionKind {
    /// `ONLINE`
    Online,
    /// `IN_STORE`
    InStore,
    /// `APP`
    App,
    /// `RESTAURANT`
    Restaurant,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl RedemptionKind {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Online => "ONLINE",
            Self::InStore => "IN_STORE",
            Self::App => "APP",
            Self::Restaurant => "RESTAURANT",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for RedemptionKind {
    fn from(value: String) -> Self {
        match value.as_str() {
            "ONLINE" => Self::Online,
            "IN_STORE" => Self::InStore,
            "APP" => Self::App,
            "RESTAURANT" => Self::Restaurant,
            _ => Self::Unknown(value),
        }
    }
}

impl From<RedemptionKind> for String {
    fn from(value: RedemptionKind) -> Self {
        match value {
            RedemptionKind::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for RedemptionKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for RedemptionKind {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
