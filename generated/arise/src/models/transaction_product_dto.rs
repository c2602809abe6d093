/// The `TransactionProductDto` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TransactionProductDto {
    /// The name of the product. Alphanumeric and Special Characters. Min Length=1, max length=50. Allowed special characters: Space, Slash /, Hyphen -, Comma
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The merchant’s assigned unique product identification code. Alphanumeric and Special Characters. Min length=1, max length=20. Allowed special characters: Space, Slash /
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The product amount. Numeric. Max length=12. Allowed characters: 0-9 .(dot)
    #[serde(
        rename = "unitPrice",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub unit_price: Option<paygen_runtime::Decimal>,
    /// The unit of measurement for the product. Alphanumeric and special character Space. Max length=20
    #[serde(
        rename = "measurementUnit",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub measurement_unit: Option<String>,
    /// The quantity of a product. Decimal number. Max length=12
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub quantity: Option<paygen_runtime::Decimal>,
    /// The tax amount established on a product. Numeric. Max length=12. Allowed characters: 0-9 .(dot)
    #[serde(
        rename = "taxAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub tax_amount: Option<paygen_runtime::Decimal>,
    /// The discount percentage applied to a product. Corresponds with productDiscountName. This does not impact transaction functionality. It is used for reporting purposes. Numeric. Max Length=4. Allowed range:0.01 to 100
    #[serde(
        rename = "discountRate",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub discount_rate: Option<paygen_runtime::Decimal>,
    /// The description of the product. Alphanumeric and Special Characters. Min length=1, max length=200.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// MeasurementUnitId
    #[serde(
        rename = "measurementUnitId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub measurement_unit_id: Option<i32>,
}
