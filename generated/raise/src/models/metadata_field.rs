/// One metadata entry.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MetadataField {
    /// Type of a metadata value.
    pub kind: super::MetadataKind,
    /// The stored value: text of at most 256 characters for `STRING`, an RFC 3339 timestamp for `DATE`.
    pub value: String,
}
