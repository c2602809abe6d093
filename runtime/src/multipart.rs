//! `multipart/form-data` bodies built field by field, for bodies with file parts
//! (`format: binary` properties). Bodies of text fields alone use [`crate::multipart_body`].

use bytes::Bytes;
use serde::Serialize;

use crate::request::{MultipartPart, MultipartValue, RequestBody};

/// A multipart body under construction.
#[derive(Clone, Debug, Default)]
pub struct Multipart {
    parts: Vec<MultipartPart>,
}

impl Multipart {
    /// An empty body.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds text parts for a value: one part for a scalar, one per element for a list, `name[key]`
    /// parts for an object; `null` adds nothing.
    pub fn text<T: Serialize + ?Sized>(mut self, name: &str, value: &T) -> Self {
        for (name, text) in crate::deep_object_pairs(name, value) {
            self.parts.push(MultipartPart {
                name,
                value: MultipartValue::Text(text),
            });
        }
        self
    }

    /// Adds a file part named `name`; the file name sent is `name` too (servers often require one).
    pub fn file(mut self, name: &str, data: &Bytes, content_type: Option<&str>) -> Self {
        self.parts.push(MultipartPart {
            name: name.to_string(),
            value: MultipartValue::File {
                file_name: Some(name.to_string()),
                content_type: content_type.map(String::from),
                data: data.clone(),
            },
        });
        self
    }

    /// The finished body.
    pub fn build(self) -> RequestBody {
        RequestBody::Multipart(self.parts)
    }
}

/// Serde support for `format: binary` properties (file parts of multipart bodies): written as a
/// sequence of bytes, read from a sequence of bytes or from a string (its UTF-8 bytes). Use
/// `bytes`, `option_bytes`, `list_bytes` or `option_list_bytes` to match the field's type.
pub mod binary {
    use ::bytes::Bytes;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    struct Raw(Bytes);

    impl Serialize for Raw {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(&self.0)
        }
    }

    impl<'de> Deserialize<'de> for Raw {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct Visitor;
            impl<'de> serde::de::Visitor<'de> for Visitor {
                type Value = Raw;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("bytes, a sequence of bytes or a string")
                }
                fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Raw, E> {
                    Ok(Raw(Bytes::copy_from_slice(v)))
                }
                fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Raw, E> {
                    Ok(Raw(Bytes::copy_from_slice(v.as_bytes())))
                }
                fn visit_seq<A: serde::de::SeqAccess<'de>>(
                    self,
                    mut seq: A,
                ) -> Result<Raw, A::Error> {
                    let mut out = Vec::new();
                    while let Some(byte) = seq.next_element::<u8>()? {
                        out.push(byte);
                    }
                    Ok(Raw(Bytes::from(out)))
                }
            }
            d.deserialize_any(Visitor)
        }
    }

    /// `Bytes`.
    pub mod bytes {
        use super::*;
        /// Writes the bytes.
        pub fn serialize<S: Serializer>(v: &Bytes, s: S) -> Result<S::Ok, S::Error> {
            Raw(v.clone()).serialize(s)
        }
        /// Reads bytes, a sequence of bytes or a string.
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Bytes, D::Error> {
            Raw::deserialize(d).map(|r| r.0)
        }
    }

    /// `Option<Bytes>`.
    pub mod option_bytes {
        use super::*;
        /// Writes the bytes or `null`.
        pub fn serialize<S: Serializer>(v: &Option<Bytes>, s: S) -> Result<S::Ok, S::Error> {
            v.clone().map(Raw).serialize(s)
        }
        /// Reads `null`, bytes, a sequence of bytes or a string.
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Bytes>, D::Error> {
            Option::<Raw>::deserialize(d).map(|r| r.map(|r| r.0))
        }
    }

    /// `Vec<Bytes>`.
    pub mod list_bytes {
        use super::*;
        /// Writes a list of byte sequences.
        pub fn serialize<S: Serializer>(v: &[Bytes], s: S) -> Result<S::Ok, S::Error> {
            v.iter().cloned().map(Raw).collect::<Vec<_>>().serialize(s)
        }
        /// Reads a list of byte sequences or strings.
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Bytes>, D::Error> {
            Vec::<Raw>::deserialize(d).map(|v| v.into_iter().map(|r| r.0).collect())
        }
    }

    /// `Option<Vec<Bytes>>`.
    pub mod option_list_bytes {
        use super::*;
        /// Writes a list of byte sequences or `null`.
        pub fn serialize<S: Serializer>(v: &Option<Vec<Bytes>>, s: S) -> Result<S::Ok, S::Error> {
            v.as_ref()
                .map(|v| v.iter().cloned().map(Raw).collect::<Vec<_>>())
                .serialize(s)
        }
        /// Reads `null` or a list of byte sequences or strings.
        pub fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<Vec<Bytes>>, D::Error> {
            Option::<Vec<Raw>>::deserialize(d)
                .map(|v| v.map(|v| v.into_iter().map(|r| r.0).collect()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_and_fields() {
        let body = Multipart::new()
            .file(
                "file",
                &Bytes::from_static(b"%PDF"),
                Some("application/pdf"),
            )
            .text("purpose", &Some("kyc"))
            .text("skipped", &None::<String>)
            .text("meta", &serde_json::json!({"a": 1}))
            .build();
        let RequestBody::Multipart(parts) = body else {
            panic!("not multipart")
        };
        let names: Vec<&str> = parts.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["file", "purpose", "meta[a]"]);
        assert!(
            matches!(&parts[0].value, MultipartValue::File { data, .. } if data.as_ref() == b"%PDF")
        );
    }
}
