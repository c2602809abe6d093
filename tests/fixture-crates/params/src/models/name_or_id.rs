/// An account's name or its number.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(untagged)]
pub enum NameOrId {
    /// An integer.
    Integer(i64),
    /// Text.
    String(String),
}

impl paygen_runtime::ParamValue for NameOrId {
    fn to_param(&self) -> String {
        match self {
            Self::Integer(value) => paygen_runtime::ParamValue::to_param(value),
            Self::String(value) => paygen_runtime::ParamValue::to_param(value),
        }
    }
}
