/// An object with the properties `l2Settings` and `l3Settings`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetAutofillSettingsResponse {
    /// An object with the property `taxRate`.
    #[serde(
        rename = "l2Settings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub l2_settings: Option<super::L2Settings>,
    /// An object with the properties `product`, `shippingCharge` and `dutyChargeRate`.
    #[serde(
        rename = "l3Settings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub l3_settings: Option<super::L3Settings>,
}
