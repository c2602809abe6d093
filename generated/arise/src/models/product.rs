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
impl Product {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            name: None,
            code: None,
            unit_price: None,
            measurement_unit: None,
            quantity: None,
            discount_percentage: None,
            description: None,
        }
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `code`.
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `unitPrice`.
    pub fn with_unit_price(mut self, value: paygen_runtime::Decimal) -> Self {
        self.unit_price = Some(value);
        self
    }
    /// Sets `measurementUnit`.
    pub fn with_measurement_unit(mut self, value: impl Into<String>) -> Self {
        self.measurement_unit = Some(value.into());
        self
    }
    /// Sets `quantity`.
    pub fn with_quantity(mut self, value: paygen_runtime::Decimal) -> Self {
        self.quantity = Some(value);
        self
    }
    /// Sets `discountPercentage`.
    pub fn with_discount_percentage(mut self, value: paygen_runtime::Decimal) -> Self {
        self.discount_percentage = Some(value);
        self
    }
    /// Sets `description`.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}
