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
impl TransactionProductDto {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            name: None,
            code: None,
            unit_price: None,
            measurement_unit: None,
            quantity: None,
            tax_amount: None,
            discount_rate: None,
            description: None,
            measurement_unit_id: None,
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
    /// Sets `taxAmount`.
    pub fn with_tax_amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.tax_amount = Some(value);
        self
    }
    /// Sets `discountRate`.
    pub fn with_discount_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.discount_rate = Some(value);
        self
    }
    /// Sets `description`.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `measurementUnitId`.
    pub fn with_measurement_unit_id(mut self, value: i32) -> Self {
        self.measurement_unit_id = Some(value);
        self
    }
}
