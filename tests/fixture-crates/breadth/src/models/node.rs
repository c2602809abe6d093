/// A recursive type; only the direct self-reference is boxed.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Node {
    /// An integer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<i64>,
    /// A recursive type; only the direct self-reference is boxed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<Box<super::Node>>,
    /// A list of objects with the properties `value`, `next` and `children`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<super::Node>>,
}
