/// Several types are a union of one type each.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum CardReference {
    /// A value of this type.
    Variant2(i64),
    /// A value of this type.
    Variant1(String),
}
