/// Untagged; the most specific variant is tried first.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(untagged)]
pub enum Contact {
    /// A [`ContactPhone`](super::ContactPhone).
    Phone(super::ContactPhone),
    /// A [`Problem`](super::Problem).
    Problem(super::Problem),
    /// Text.
    Email(String),
}
