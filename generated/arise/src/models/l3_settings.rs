/// The `L3Settings` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct L3Settings {
    /// The `product` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product: Option<super::Product>,
    /// The percentage for shipping or freight charges applied to a product or transaction.
    #[serde(
        rename = "shippingCharge",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub shipping_charge: Option<paygen_runtime::Decimal>,
    /// Percentage for any import or export duties included in the order.
    #[serde(
        rename = "dutyChargeRate",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub duty_charge_rate: Option<paygen_runtime::Decimal>,
}
