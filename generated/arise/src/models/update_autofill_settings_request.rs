/// The `UpdateAutofillSettingsRequest` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateAutofillSettingsRequest {
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
impl UpdateAutofillSettingsRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            l2_settings: None,
            l3_settings: None,
        }
    }
    /// Sets `l2Settings`.
    pub fn with_l2_settings(mut self, value: super::L2Settings) -> Self {
        self.l2_settings = Some(value);
        self
    }
    /// Sets `l3Settings`.
    pub fn with_l3_settings(mut self, value: super::L3Settings) -> Self {
        self.l3_settings = Some(value);
        self
    }
}
