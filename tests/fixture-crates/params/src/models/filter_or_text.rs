/// One of 2 shapes.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(untagged)]
pub enum FilterOrText {
    /// A [`Filter`](super::Filter).
    Filter(super::Filter),
    /// Text.
    String(String),
}
