//! Three-state values for optional, nullable fields: absent, `null`, or a value.
//!
//! Generated request types use [`Nullable`] where the spec says a property is optional *and*
//! nullable, so that "leave it unchanged" (absent) and "clear it" (`null`) stay different on the
//! wire. Fields are declared as
//! `#[serde(default, skip_serializing_if = "Nullable::is_absent")]`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An optional, nullable value: absent (not sent), `null`, or a value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Nullable<T> {
    /// Not present: the property is left out when serialised.
    #[default]
    Absent,
    /// Present and `null`.
    Null,
    /// Present with a value.
    Value(T),
}

impl<T> Nullable<T> {
    /// True when absent (the `skip_serializing_if` predicate).
    pub fn is_absent(&self) -> bool {
        matches!(self, Nullable::Absent)
    }

    /// True when explicitly `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Nullable::Null)
    }

    /// True when there is a value.
    pub fn is_value(&self) -> bool {
        matches!(self, Nullable::Value(_))
    }

    /// The value, if any (absent and `null` both give `None`).
    pub fn as_ref(&self) -> Option<&T> {
        match self {
            Nullable::Value(value) => Some(value),
            _ => None,
        }
    }

    /// The value, if any (absent and `null` both give `None`).
    pub fn into_option(self) -> Option<T> {
        match self {
            Nullable::Value(value) => Some(value),
            _ => None,
        }
    }

    /// Maps the value, keeping absent and `null` as they are.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Nullable<U> {
        match self {
            Nullable::Absent => Nullable::Absent,
            Nullable::Null => Nullable::Null,
            Nullable::Value(value) => Nullable::Value(f(value)),
        }
    }
}

impl<T> From<T> for Nullable<T> {
    fn from(value: T) -> Self {
        Nullable::Value(value)
    }
}

impl<T> From<Option<T>> for Nullable<T> {
    /// `Some` is a value, `None` is an explicit `null`.
    fn from(value: Option<T>) -> Self {
        match value {
            Some(value) => Nullable::Value(value),
            None => Nullable::Null,
        }
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            // Absent is normally skipped by `skip_serializing_if`; outside a struct it is `null`.
            Nullable::Absent | Nullable::Null => serializer.serialize_none(),
            Nullable::Value(value) => value.serialize(serializer),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    /// A present property: `null` or a value. Absence comes from `#[serde(default)]`.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Option::<T>::deserialize(deserializer)?.into())
    }
}

/// `#[serde(with = "paygen_runtime::nullable::decimal_number")]`: a nullable decimal written as
/// a JSON number (read from a number or a string).
pub mod decimal_number {
    use super::*;
    use rust_decimal::Decimal;

    /// Serialises the value as a JSON number (`null` when not a value).
    pub fn serialize<S: Serializer>(v: &Nullable<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        crate::decimal::option_number::serialize(&v.as_ref().copied(), s)
    }

    /// Reads `null`, a number or a string.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Nullable<Decimal>, D::Error> {
        crate::decimal::option_number::deserialize(d).map(Nullable::from)
    }
}

/// `#[serde(with = "paygen_runtime::nullable::decimal_string")]`: a nullable decimal written as
/// a JSON string (read from a number or a string).
pub mod decimal_string {
    use super::*;
    use rust_decimal::Decimal;

    /// Serialises the value as a JSON string (`null` when not a value).
    pub fn serialize<S: Serializer>(v: &Nullable<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        crate::decimal::option_string::serialize(&v.as_ref().copied(), s)
    }

    /// Reads `null`, a number or a string.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Nullable<Decimal>, D::Error> {
        crate::decimal::option_string::deserialize(d).map(Nullable::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
    struct Patch {
        #[serde(default, skip_serializing_if = "Nullable::is_absent")]
        name: Nullable<String>,
        #[serde(
            default,
            skip_serializing_if = "Nullable::is_absent",
            with = "decimal_string"
        )]
        amount: Nullable<rust_decimal::Decimal>,
    }

    #[test]
    fn three_states_round_trip() {
        for text in [
            r#"{}"#,
            r#"{"name":null}"#,
            r#"{"name":"x"}"#,
            r#"{"amount":null}"#,
            r#"{"amount":"1.50"}"#,
        ] {
            let value: Patch = serde_json::from_str(text).unwrap();
            assert_eq!(serde_json::to_string(&value).unwrap(), text);
        }
        let absent: Patch = serde_json::from_str("{}").unwrap();
        assert!(absent.name.is_absent());
        let null: Patch = serde_json::from_str(r#"{"name":null}"#).unwrap();
        assert!(null.name.is_null());
        let number: Patch = serde_json::from_str(r#"{"amount":2.25}"#).unwrap();
        assert_eq!(
            number.amount.as_ref().map(ToString::to_string).as_deref(),
            Some("2.25")
        );
    }
}
