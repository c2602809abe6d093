/// The `GetAutofillSettingsResponse` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetAutofillSettingsResponse {
    /// The `l2Settings` field.
    #[serde(
        rename = "l2Settings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub l2_settings: Option<super::L2Settings>,
    /// The `l3Settings` field.
    #[serde(
        rename = "l3Settings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub l3_settings: Option<super::L3Settings>,
}
