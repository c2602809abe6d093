/// Several types are a union of one type each.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum CardReference {
    /// An integer.
    Integer(i64),
    /// Text.
    String(String),
}
