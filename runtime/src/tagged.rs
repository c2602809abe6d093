//! Decoding of internally tagged unions (`oneOf` with a `discriminator`).
//!
//! The generated `Deserialize` reads the whole object once as raw JSON, looks up the tag, and
//! decodes the chosen variant from the same raw text, so the variant's struct still sees the tag
//! property (serde's own `#[serde(tag)]` would consume it) and decimals keep every digit.

use serde::de::{DeserializeOwned, Error as _};
use serde::ser::Error as _;
use serde::{Deserializer, Serialize, Serializer};
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

/// Writes a tagged union's variant whose type declares the tag property as optional: the
/// variant's own value when it has one, else `tag`, so an unset tag never leaves the server
/// unable to tell the variants apart.
pub fn serialize_with_tag<T: Serialize, S: Serializer>(
    value: &T,
    property: &str,
    tag: &str,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut value = serde_json::to_value(value).map_err(S::Error::custom)?;
    if let serde_json::Value::Object(fields) = &mut value {
        let entry = fields.entry(property).or_insert(serde_json::Value::Null);
        if entry.is_null() {
            *entry = serde_json::Value::String(tag.to_owned());
        }
    }
    value.serialize(serializer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Variant {
        #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
        kind: Option<String>,
        code: &'static str,
    }

    fn written(kind: Option<&str>) -> serde_json::Value {
        let value = Variant {
            kind: kind.map(str::to_owned),
            code: "c",
        };
        serialize_with_tag(&value, "type", "voucher", serde_json::value::Serializer).unwrap()
    }

    #[test]
    fn an_unset_tag_is_filled_in_and_a_set_one_is_kept() {
        assert_eq!(
            written(None),
            serde_json::json!({"type": "voucher", "code": "c"})
        );
        assert_eq!(
            written(Some("gift")),
            serde_json::json!({"type": "gift", "code": "c"})
        );
    }
}
