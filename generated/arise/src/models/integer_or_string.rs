/// A value the document types one way but samples the other way; both an integer and a string are accepted.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(untagged)]
pub enum IntegerOrString {
    /// An integer.
    Integer(i32),
    /// Text.
    Text(String),
}
