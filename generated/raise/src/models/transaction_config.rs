/// Purchase rules of a brand. Exactly one of `variable_load` and `fixed_load` is present.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TransactionConfig {
    /// Disclaimer about buying the brand's cards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclaimer: Option<String>,
    /// Range of face values accepted for a brand with open amounts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variable_load: Option<super::VariableLoad>,
    /// Fixed face values offered for a brand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_load: Option<super::FixedLoad>,
}
