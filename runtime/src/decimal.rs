//! Serde modules for [`Decimal`] fields: read a JSON number or string without going through
//! `f64`, write as the spec says (`number` or `string`).
//!
//! Reading: with `serde_json` the raw text of the value is captured (through serde_json's
//! `raw_value` hook), so `12345678901234.56789` keeps every digit. Other deserializers (a
//! `serde_json::Value`, or serde's buffering for untagged enums) hand over an `f64`, `i64`,
//! `u64` or string, which is converted as exactly as that value allows.
//!
//! Writing as a number emits the decimal's own digits through serde_json's raw-value hook,
//! so no `f64` round-trip happens either.

use rust_decimal::Decimal;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::Serializer;
use serde::Serialize;
use std::fmt;
use std::str::FromStr;

/// serde_json's private marker for raw values (stable since serde_json 1.0.36).
const RAW_TOKEN: &str = "$serde_json::private::RawValue";

/// Parses the text of a JSON number or the content of a JSON string.
pub(crate) fn parse_decimal_text(s: &str) -> Option<Decimal> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    Decimal::from_str_exact(t)
        .or_else(|_| Decimal::from_str(t))
        .or_else(|_| Decimal::from_scientific(t))
        .ok()
}

struct DecimalVisitor;

impl<'de> Visitor<'de> for DecimalVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a decimal number or a string holding one")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Decimal, A::Error> {
        // serde_json answers the raw-value request with a one-entry map: marker -> raw text.
        let key: Option<String> = map.next_key()?;
        if key.as_deref() != Some(RAW_TOKEN) {
            return Err(de::Error::invalid_type(de::Unexpected::Map, &self));
        }
        let raw: String = map.next_value()?;
        let raw = raw.trim();
        if raw.starts_with('"') {
            let s: String = serde_json::from_str(raw).map_err(de::Error::custom)?;
            return parse_decimal_text(&s)
                .ok_or_else(|| de::Error::invalid_value(de::Unexpected::Str(&s), &self));
        }
        if raw.starts_with('-') || raw.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            return parse_decimal_text(raw).ok_or_else(|| {
                de::Error::invalid_value(de::Unexpected::Other("out-of-range number"), &self)
            });
        }
        Err(de::Error::invalid_type(
            de::Unexpected::Other(if raw == "null" {
                "null"
            } else {
                "non-numeric value"
            }),
            &self,
        ))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Decimal, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        parse_decimal_text(v).ok_or_else(|| E::invalid_value(de::Unexpected::Str(v), &self))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Decimal, E> {
        Decimal::try_from_i128_with_scale(v, 0).map_err(E::custom)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        // The shortest text that round-trips the f64 gives 0.1 rather than 0.1000000000000000055.
        parse_decimal_text(&v.to_string())
            .ok_or_else(|| E::invalid_value(de::Unexpected::Float(v), &self))
    }
}

fn deserialize_decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    d.deserialize_newtype_struct(RAW_TOKEN, DecimalVisitor)
}

struct OptionVisitor;

impl<'de> Visitor<'de> for OptionVisitor {
    type Value = Option<Decimal>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("null, a decimal number or a string holding one")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        deserialize_decimal(d).map(Some)
    }
}

fn deserialize_option<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
    d.deserialize_option(OptionVisitor)
}

fn serialize_number<S: Serializer>(v: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    match serde_json::value::RawValue::from_string(v.to_string()) {
        Ok(raw) => raw.serialize(s),
        Err(e) => Err(serde::ser::Error::custom(e)),
    }
}

/// `Decimal` written as a JSON number: `#[serde(with = "paygen_runtime::decimal::number")]`.
pub mod number {
    use super::*;

    /// Writes the decimal as a JSON number with its exact digits.
    pub fn serialize<S: Serializer>(v: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        serialize_number(v, s)
    }

    /// Reads a JSON number or string.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        deserialize_decimal(d)
    }
}

/// `Decimal` written as a JSON string: `#[serde(with = "paygen_runtime::decimal::string")]`.
pub mod string {
    use super::*;

    /// Writes the decimal as a JSON string.
    pub fn serialize<S: Serializer>(v: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(v)
    }

    /// Reads a JSON number or string.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        deserialize_decimal(d)
    }
}

/// `Option<Decimal>` written as a JSON number (or `null`).
/// Pair with `#[serde(default)]` so a missing field reads as `None`.
pub mod option_number {
    use super::*;

    /// Writes `None` as `null`, `Some` as a JSON number.
    pub fn serialize<S: Serializer>(v: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(d) => serialize_number(d, s),
            None => s.serialize_none(),
        }
    }

    /// Reads `null`, a JSON number or a string.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
        deserialize_option(d)
    }
}

/// `Option<Decimal>` written as a JSON string (or `null`).
/// Pair with `#[serde(default)]` so a missing field reads as `None`.
pub mod option_string {
    use super::*;

    /// Writes `None` as `null`, `Some` as a JSON string.
    pub fn serialize<S: Serializer>(v: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(d) => s.collect_str(d),
            None => s.serialize_none(),
        }
    }

    /// Reads `null`, a JSON number or a string.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
        deserialize_option(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Serialize, Deserialize, PartialEq)]
    struct N {
        #[serde(with = "crate::decimal::number")]
        v: Decimal,
    }

    #[derive(Debug, Serialize, Deserialize, PartialEq)]
    struct S {
        #[serde(with = "crate::decimal::string")]
        v: Decimal,
    }

    #[derive(Debug, Serialize, Deserialize, PartialEq)]
    struct On {
        #[serde(default, with = "crate::decimal::option_number")]
        v: Option<Decimal>,
    }

    #[derive(Debug, Serialize, Deserialize, PartialEq)]
    struct Os {
        #[serde(default, with = "crate::decimal::option_string")]
        v: Option<Decimal>,
    }

    fn d(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    #[test]
    fn number_keeps_every_digit() {
        for text in ["0.1", "12345678901234.56789", "-0.000001", "7", "1.50"] {
            let json = format!(r#"{{"v":{text}}}"#);
            let n: N = serde_json::from_str(&json).unwrap();
            assert_eq!(n.v, d(text), "{text}");
            // Written back exactly, digit for digit.
            assert_eq!(serde_json::to_string(&n).unwrap(), json);
        }
    }

    #[test]
    fn number_reads_strings_and_writes_numbers() {
        let n: N = serde_json::from_str(r#"{"v":"12345678901234.56789"}"#).unwrap();
        assert_eq!(
            serde_json::to_string(&n).unwrap(),
            r#"{"v":12345678901234.56789}"#
        );
        let n: N = serde_json::from_str(r#"{"v":1e-7}"#).unwrap();
        assert_eq!(n.v, d("0.0000001"));
    }

    #[test]
    fn string_writes_strings() {
        let s: S = serde_json::from_str(r#"{"v":0.1}"#).unwrap();
        assert_eq!(serde_json::to_string(&s).unwrap(), r#"{"v":"0.1"}"#);
        let s: S = serde_json::from_str(r#"{"v":"12345678901234.56789"}"#).unwrap();
        assert_eq!(s.v, d("12345678901234.56789"));
    }

    #[test]
    fn options() {
        let o: On = serde_json::from_str(r#"{"v":null}"#).unwrap();
        assert_eq!(o.v, None);
        let o: On = serde_json::from_str(r#"{}"#).unwrap();
        assert_eq!(o.v, None);
        let o: On = serde_json::from_str(r#"{"v":"2.25"}"#).unwrap();
        assert_eq!(serde_json::to_string(&o).unwrap(), r#"{"v":2.25}"#);
        let o: Os = serde_json::from_str(r#"{"v":2.25}"#).unwrap();
        assert_eq!(serde_json::to_string(&o).unwrap(), r#"{"v":"2.25"}"#);
        assert_eq!(
            serde_json::to_string(&Os { v: None }).unwrap(),
            r#"{"v":null}"#
        );
    }

    #[test]
    fn rejects_garbage_without_panicking() {
        assert!(serde_json::from_str::<N>(r#"{"v":"abc"}"#).is_err());
        assert!(serde_json::from_str::<N>(r#"{"v":""}"#).is_err());
        assert!(serde_json::from_str::<N>(r#"{"v":true}"#).is_err());
        assert!(serde_json::from_str::<N>(r#"{"v":null}"#).is_err());
        assert!(serde_json::from_str::<N>(r#"{"v":[1]}"#).is_err());
        assert!(serde_json::from_str::<N>(r#"{"v":1e400}"#).is_err());
    }

    #[test]
    fn works_through_value_and_untagged_buffering() {
        let v = serde_json::json!({"v": 0.1});
        let n: N = serde_json::from_value(v).unwrap();
        assert_eq!(n.v, d("0.1"));

        #[derive(Deserialize)]
        #[serde(untagged)]
        enum U {
            A(N),
        }
        let U::A(n) = serde_json::from_str::<U>(r#"{"v":"3.5"}"#).unwrap();
        assert_eq!(n.v, d("3.5"));
        let U::A(n) = serde_json::from_str::<U>(r#"{"v":3.5}"#).unwrap();
        assert_eq!(n.v, d("3.5"));
    }

    #[test]
    fn works_through_serde_path_to_error() {
        let de = &mut serde_json::Deserializer::from_str(r#"{"v":12345678901234.56789}"#);
        let n: N = serde_path_to_error::deserialize(de).unwrap();
        assert_eq!(n.v, d("12345678901234.56789"));
    }
}
