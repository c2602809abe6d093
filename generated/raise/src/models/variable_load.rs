/// Range of face values accepted for a brand with open amounts.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct VariableLoad {
    /// Step between accepted values (1 minor unit by default). Integer amount in the minor unit of the currency (see Supported Currencies in the API guide).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub increment: Option<i64>,
    /// Lowest accepted value. Integer amount in the minor unit of the currency (see Supported Currencies in the API guide).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_amount: Option<i64>,
    /// Highest accepted value. Integer amount in the minor unit of the currency (see Supported Currencies in the API guide).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum_amount: Option<i64>,
}
