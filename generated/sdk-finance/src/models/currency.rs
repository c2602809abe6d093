/// A currency. `id`, `snPrefix`, `active`, `fraction` and `isMain` belong to the 2024 generation.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Currency {
    /// `true` or `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Text.
    #[serde(
        rename = "digitalCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub digital_code: Option<String>,
    /// Number of decimal places.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fraction: Option<i32>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `true` or `false`.
    #[serde(rename = "isMain", default, skip_serializing_if = "Option::is_none")]
    pub is_main: Option<bool>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Text.
    #[serde(rename = "snPrefix", default, skip_serializing_if = "Option::is_none")]
    pub sn_prefix: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
}
