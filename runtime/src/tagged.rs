//! Decoding of internally tagged unions (`oneOf` with a `discriminator`).
//!
//! The generated `Deserialize` reads the whole object once as raw JSON, looks up the tag, and
//! decodes the chosen variant from the same raw text, so the variant's struct still sees the tag
//! property (serde's own `#[serde(tag)]` would consume it) and decimals keep every digit.

use serde::de::{DeserializeOwned, Error as _};
use serde::Deserializer;
use serde_json::value::RawValue;

/// A tagged object, read but not yet decoded.
#[derive(Debug)]
pub struct TaggedObject {
    /// The tag's value, if the object has one (strings as they are, other scalars as JSON text).
    pub tag: Option<String>,
    raw: Box<RawValue>,
}

impl TaggedObject {
    /// Reads an object and the value of its `property`.
    pub fn read<'de, D: Deserializer<'de>>(
        deserializer: D,
        property: &str,
    ) -> Result<Self, D::Error> {
        let raw: Box<RawValue> = serde::Deserialize::deserialize(deserializer)?;
        let fields: std::collections::BTreeMap<String, Box<RawValue>> =
            serde_json::from_str(raw.get()).map_err(|e| {
                D::Error::custom(format!(
                    "expected an object with a `{property}` property: {e}"
                ))
            })?;
        let tag = fields.get(property).map(|value| {
            serde_json::from_str::<String>(value.get()).unwrap_or_else(|_| value.get().to_string())
        });
        Ok(Self { tag, raw })
    }

    /// Decodes the object as the variant the tag chose.
    pub fn decode<T: DeserializeOwned, E: serde::de::Error>(&self) -> Result<T, E> {
        serde_json::from_str(self.raw.get()).map_err(E::custom)
    }

    /// The object as a JSON value, for tags this client does not know.
    pub fn into_value<E: serde::de::Error>(self) -> Result<serde_json::Value, E> {
        serde_json::from_str(self.raw.get()).map_err(E::custom)
    }
}
