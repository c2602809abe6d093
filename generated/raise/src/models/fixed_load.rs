/// Fixed face values offered for a brand.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct FixedLoad {
    /// Face values that may be bought. Integer amount in the minor unit of the currency (see Supported Currencies in the API guide).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amounts: Option<Vec<i64>>,
}
