/// The `Product` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Product {
    /// The name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The merchant assigned unique product identification code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The unit price for the product.
    #[serde(
        rename = "unitPrice",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub unit_price: Option<paygen_runtime::Decimal>,
    /// The unit of measurement for the product.
    #[serde(
        rename = "measurementUnit",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub measurement_unit: Option<String>,
    /// Quantity of the product.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub quantity: Option<paygen_runtime::Decimal>,
    /// Product discount percentage
    #[serde(
        rename = "discountPercentage",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub discount_percentage: Option<paygen_runtime::Decimal>,
    /// Product description
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
