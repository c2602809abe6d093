/// A union with a sensitive variant.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Credential {
    /// A [`CardHolder`](super::CardHolder).
    CardHolder(super::CardHolder),
    /// Text.
    CardNumber(String),
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::CardHolder(value) => f.debug_tuple("CardHolder").field(value).finish(),
            Self::CardNumber(value) => f
                .debug_tuple("CardNumber")
                .field(&paygen_runtime::redact::Redacted::last4(value))
                .finish(),
        }
    }
}

impl paygen_runtime::redact::SensitiveValues for Credential {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        match self {
            Self::CardHolder(value) => {
                paygen_runtime::redact::SensitiveValues::sensitive_values(value, out)
            }
            Self::CardNumber(value) => paygen_runtime::redact::values_of(value, out),
        }
    }
}
