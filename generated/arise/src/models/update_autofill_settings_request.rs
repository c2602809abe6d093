/// An object with the properties `l2Settings` and `l3Settings`. Required: `l2Settings` and `l3Settings`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct UpdateAutofillSettingsRequest {
    /// An object with the property `taxRate`.
    #[serde(rename = "l2Settings")]
    pub l2_settings: super::L2Settings,
    /// An object with the properties `product`, `shippingCharge` and `dutyChargeRate`.
    #[serde(rename = "l3Settings")]
    pub l3_settings: super::L3Settings,
}

impl UpdateAutofillSettingsRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(l2_settings: super::L2Settings, l3_settings: super::L3Settings) -> Self {
        Self {
            l2_settings,
            l3_settings,
        }
    }
}
