//! Lenient date-time and date types.
//!
//! Vendors send dates in many shapes (`0001-01-01T00:00:00` with no offset, fractional seconds,
//! RFC 3339). A strict parser would fail whole responses over one odd field, so these types keep
//! the wire string, parse it when they can, and write the original string back unchanged.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{OffsetDateTime, PrimitiveDateTime};

/// A date-time as sent on the wire, with its parsed value when it could be parsed.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DateTime {
    raw: String,
    parsed: Option<OffsetDateTime>,
}

impl DateTime {
    /// Parses `s` leniently; an unparseable string is kept (see [`DateTime::parsed`]).
    pub fn parse(s: impl Into<String>) -> Self {
        let raw = s.into();
        let parsed = parse_datetime(&raw);
        DateTime { raw, parsed }
    }

    /// The parsed value, `None` when the wire string was not a recognised date-time.
    /// A value without an offset is taken as UTC.
    pub fn parsed(&self) -> Option<OffsetDateTime> {
        self.parsed
    }

    /// The string as received (or as formatted, for values built from [`OffsetDateTime`]).
    pub fn as_str(&self) -> &str {
        &self.raw
    }
}

fn parse_datetime(s: &str) -> Option<OffsetDateTime> {
    let t = s.trim();
    if let Ok(v) = OffsetDateTime::parse(t, &Rfc3339) {
        return Some(v);
    }
    // No offset: treat as UTC ("0001-01-01T00:00:00", "2024-01-02 03:04:05.123").
    let with_t = format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");
    let with_t_frac =
        format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond]");
    let with_space = format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
    let with_space_frac =
        format_description!("[year]-[month]-[day] [hour]:[minute]:[second].[subsecond]");
    for fd in [with_t, with_t_frac, with_space, with_space_frac] {
        if let Ok(p) = PrimitiveDateTime::parse(t, fd) {
            return Some(p.assume_utc());
        }
    }
    // "2024-01-02 03:04:05+00:00" and lowercase 't'/'z' variants.
    let normalised = t.replacen(' ', "T", 1).to_ascii_uppercase();
    OffsetDateTime::parse(&normalised, &Rfc3339).ok()
}

impl From<OffsetDateTime> for DateTime {
    fn from(v: OffsetDateTime) -> Self {
        let raw = v.format(&Rfc3339).unwrap_or_else(|_| v.to_string());
        DateTime {
            raw,
            parsed: Some(v),
        }
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.raw)
    }
}

impl<'de> Deserialize<'de> for DateTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        Ok(DateTime::parse(raw))
    }
}

/// A calendar date as sent on the wire, with its parsed value when it could be parsed.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Date {
    raw: String,
    parsed: Option<time::Date>,
}

impl Date {
    /// Parses `s` leniently; an unparseable string is kept.
    pub fn parse(s: impl Into<String>) -> Self {
        let raw = s.into();
        let fd = format_description!("[year]-[month]-[day]");
        let t = raw.trim();
        let parsed = time::Date::parse(t, fd)
            .ok()
            // A date-time where a date was expected: keep its date part.
            .or_else(|| parse_datetime(t).map(|d| d.date()));
        Date { raw, parsed }
    }

    /// The parsed value, `None` when the wire string was not a recognised date.
    pub fn parsed(&self) -> Option<time::Date> {
        self.parsed
    }

    /// The string as received.
    pub fn as_str(&self) -> &str {
        &self.raw
    }
}

impl From<time::Date> for Date {
    fn from(v: time::Date) -> Self {
        let fd = format_description!("[year]-[month]-[day]");
        let raw = v.format(fd).unwrap_or_else(|_| v.to_string());
        Date {
            raw,
            parsed: Some(v),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.raw)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        Ok(Date::parse(raw))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn rfc3339_parses() {
        let d = DateTime::parse("2024-06-17T10:20:30.5+02:00");
        assert_eq!(d.parsed(), Some(datetime!(2024-06-17 10:20:30.5 +02:00)));
    }

    #[test]
    fn no_offset_is_utc() {
        let d = DateTime::parse("0001-01-01T00:00:00");
        assert_eq!(d.parsed(), Some(datetime!(0001-01-01 00:00:00 UTC)));
        let d = DateTime::parse("2024-01-02T03:04:05.123");
        assert_eq!(d.parsed(), Some(datetime!(2024-01-02 03:04:05.123 UTC)));
        let d = DateTime::parse("2024-01-02 03:04:05");
        assert_eq!(d.parsed(), Some(datetime!(2024-01-02 03:04:05 UTC)));
    }

    #[test]
    fn unparseable_is_kept_and_round_trips() {
        let json = r#"{"a":"not a date","b":"0001-01-01T00:00:00","c":"2024-1-2"}"#;
        #[derive(Serialize, Deserialize)]
        struct S {
            a: DateTime,
            b: DateTime,
            c: Date,
        }
        let s: S = serde_json::from_str(json).unwrap();
        assert_eq!(s.a.parsed(), None);
        assert_eq!(s.a.as_str(), "not a date");
        assert_eq!(s.c.parsed(), None);
        assert_eq!(serde_json::to_string(&s).unwrap(), json);
        assert_eq!(s.a.to_string(), "not a date");
    }

    #[test]
    fn from_offset_datetime_is_rfc3339() {
        let d = DateTime::from(datetime!(2024-06-17 00:00:00 UTC));
        assert_eq!(d.as_str(), "2024-06-17T00:00:00Z");
        assert_eq!(
            serde_json::to_string(&d).unwrap(),
            "\"2024-06-17T00:00:00Z\""
        );
    }

    #[test]
    fn dates() {
        assert_eq!(
            Date::parse("2024-02-29").parsed(),
            Some(date!(2024 - 02 - 29))
        );
        assert_eq!(Date::parse("2023-02-29").parsed(), None);
        assert_eq!(Date::from(date!(2024 - 01 - 05)).as_str(), "2024-01-05");
        assert_eq!(
            Date::parse("2024-01-05T10:00:00Z").parsed(),
            Some(date!(2024 - 01 - 05))
        );
    }
}
