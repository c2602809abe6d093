/// Token request, either the password grant or the refresh_token grant.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum TokenRequest {
    /// A [`PasswordGrantRequest`](super::PasswordGrantRequest): `grant_type` is `password`.
    PasswordGrantRequest(super::PasswordGrantRequest),
    /// A [`RefreshTokenGrantRequest`](super::RefreshTokenGrantRequest): `grant_type` is `refresh_token`.
    RefreshTokenGrantRequest(super::RefreshTokenGrantRequest),
    /// A `grant_type` this version of the client does not know; the object as sent.
    Unknown(serde_json::Value),
}

impl serde::Serialize for TokenRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::PasswordGrantRequest(value) => serde::Serialize::serialize(value, serializer),
            Self::RefreshTokenGrantRequest(value) => serde::Serialize::serialize(value, serializer),
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for TokenRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let object = paygen_runtime::tagged::TaggedObject::read(deserializer, "grant_type")?;
        match object.tag.as_deref() {
            Some("password") => object.decode().map(Self::PasswordGrantRequest),
            Some("refresh_token") => object.decode().map(Self::RefreshTokenGrantRequest),
            _ => object.into_value().map(Self::Unknown),
        }
    }
}

impl paygen_runtime::redact::SensitiveValues for TokenRequest {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        match self {
            Self::PasswordGrantRequest(value) => {
                paygen_runtime::redact::SensitiveValues::sensitive_values(value, out)
            }
            Self::RefreshTokenGrantRequest(value) => {
                paygen_runtime::redact::SensitiveValues::sensitive_values(value, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
