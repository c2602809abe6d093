/// The `FilterOrText` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(untagged)]
pub enum FilterOrText {
    /// A [`Filter`](super::Filter).
    Filter(super::Filter),
    /// A value of this type.
    Variant2(String),
}
