/// An account's name or its number.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(untagged)]
pub enum NameOrId {
    /// An integer.
    Variant2(i64),
    /// Text.
    Variant1(String),
}

impl paygen_runtime::ParamValue for NameOrId {
    fn to_param(&self) -> String {
        match self {
            Self::Variant2(value) => paygen_runtime::ParamValue::to_param(value),
            Self::Variant1(value) => paygen_runtime::ParamValue::to_param(value),
        }
    }
}
