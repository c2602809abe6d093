/// A currency. `id`, `snPrefix`, `active`, `fraction` and `isMain` belong to the 2024 generation.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Currency {
    /// The `active` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// The `code` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The `description` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `digitalCode` field.
    #[serde(
        rename = "digitalCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub digital_code: Option<String>,
    /// Number of decimal places.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fraction: Option<i32>,
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `isMain` field.
    #[serde(rename = "isMain", default, skip_serializing_if = "Option::is_none")]
    pub is_main: Option<bool>,
    /// The `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `snPrefix` field.
    #[serde(rename = "snPrefix", default, skip_serializing_if = "Option::is_none")]
    pub sn_prefix: Option<String>,
    /// The `symbol` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
}
