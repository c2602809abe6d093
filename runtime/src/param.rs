//! Turning values into path, query and header strings.

use crate::{Date, DateTime};
use rust_decimal::Decimal;
use uuid::Uuid;

/// A value that can appear in a path segment, query value or header value.
pub trait ParamValue {
    /// The unencoded text of the value.
    fn to_param(&self) -> String;
}

impl<T: ParamValue + ?Sized> ParamValue for &T {
    fn to_param(&self) -> String {
        (**self).to_param()
    }
}

impl ParamValue for str {
    fn to_param(&self) -> String {
        self.to_owned()
    }
}

impl ParamValue for String {
    fn to_param(&self) -> String {
        self.clone()
    }
}

macro_rules! display_param {
    ($($t:ty),*) => {$(
        impl ParamValue for $t {
            fn to_param(&self) -> String { self.to_string() }
        }
    )*};
}
display_param!(
    bool, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64, Decimal
);

impl ParamValue for Uuid {
    fn to_param(&self) -> String {
        self.hyphenated().to_string()
    }
}

impl ParamValue for DateTime {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}

impl ParamValue for Date {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}

/// Any JSON value (a parameter the spec gives no type, or a list of them): a string as
/// itself, a number or boolean as its JSON text, `null` as nothing, a list or object as compact
/// JSON text.
impl ParamValue for serde_json::Value {
    fn to_param(&self) -> String {
        match self {
            serde_json::Value::Null => String::new(),
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        }
    }
}

/// Arrays as one comma-joined value (OpenAPI `style: form, explode: false`).
impl<T: ParamValue> ParamValue for [T] {
    fn to_param(&self) -> String {
        self.iter()
            .map(ParamValue::to_param)
            .collect::<Vec<_>>()
            .join(",")
    }
}

impl<T: ParamValue> ParamValue for Vec<T> {
    fn to_param(&self) -> String {
        self.as_slice().to_param()
    }
}

/// Percent-encodes `value` for use as one path segment: everything except RFC 3986
/// unreserved characters is encoded, so `/`, `?`, `#` and `%` cannot change the path.
pub fn encode_path_segment(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_segments() {
        assert_eq!(encode_path_segment("abc-1.2_~"), "abc-1.2_~");
        assert_eq!(encode_path_segment("a/b c?d#e%"), "a%2Fb%20c%3Fd%23e%25");
        assert_eq!(encode_path_segment("é"), "%C3%A9");
    }

    #[test]
    fn params() {
        assert_eq!(true.to_param(), "true");
        assert_eq!((-5i64).to_param(), "-5");
        assert_eq!(1.5f64.to_param(), "1.5");
        assert_eq!("x".to_param(), "x");
        assert_eq!(String::from("y").to_param(), "y");
        assert_eq!(Decimal::new(1234, 2).to_param(), "12.34");
        assert_eq!(
            Uuid::nil().to_param(),
            "00000000-0000-0000-0000-000000000000"
        );
        assert_eq!(vec![1, 2, 3].to_param(), "1,2,3");
        assert_eq!(
            DateTime::parse("2024-01-01T00:00:00Z").to_param(),
            "2024-01-01T00:00:00Z"
        );
        assert_eq!(Date::parse("2024-01-01").to_param(), "2024-01-01");
        assert_eq!(serde_json::json!("a b").to_param(), "a b");
        assert_eq!(serde_json::json!(2.5).to_param(), "2.5");
        assert_eq!(serde_json::json!(null).to_param(), "");
        assert_eq!(serde_json::json!({"a": [1]}).to_param(), "{\"a\":[1]}");
    }
}
