/// One metadata entry.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MetadataField {
    /// Type of a metadata value.
    pub kind: super::MetadataKind,
    /// The stored value: text of at most 256 characters for `STRING`, an RFC 3339 timestamp for `DATE`.
    pub value: String,
}

impl MetadataField {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(kind: super::MetadataKind, value: impl Into<String>) -> Self {
        Self {
            kind,
            value: value.into(),
        }
    }
}
