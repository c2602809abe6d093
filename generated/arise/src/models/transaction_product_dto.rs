/// The `TransactionProductDto` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TransactionProductDto {
    /// The name of the product. Alphanumeric and Special Characters. Min Length=1, max length=50. Allowed special characters: Space, Slash /, Hyphen -, Comma
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub name: paygen_runtime::Nullable<String>,
    /// The merchant’s assigned unique product identification code. Alphanumeric and Special Characters. Min length=1, max length=20. Allowed special characters: Space, Slash /
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub code: paygen_runtime::Nullable<String>,
    /// The product amount. Numeric. Max length=12. Allowed characters: 0-9 .(dot)
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "unitPrice",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub unit_price: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// The unit of measurement for the product. Alphanumeric and special character Space. Max length=20
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "measurementUnit",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub measurement_unit: paygen_runtime::Nullable<String>,
    /// The quantity of a product. Decimal number. Max length=12
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub quantity: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// The tax amount established on a product. Numeric. Max length=12. Allowed characters: 0-9 .(dot)
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "taxAmount",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub tax_amount: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// The discount percentage applied to a product. Corresponds with productDiscountName. This does not impact transaction functionality. It is used for reporting purposes. Numeric. Max Length=4. Allowed range:0.01 to 100
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "discountRate",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub discount_rate: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// The description of the product. Alphanumeric and Special Characters. Min length=1, max length=200.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub description: paygen_runtime::Nullable<String>,
    /// MeasurementUnitId
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "measurementUnitId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub measurement_unit_id: paygen_runtime::Nullable<i32>,
}
impl TransactionProductDto {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            name: paygen_runtime::Nullable::Absent,
            code: paygen_runtime::Nullable::Absent,
            unit_price: paygen_runtime::Nullable::Absent,
            measurement_unit: paygen_runtime::Nullable::Absent,
            quantity: paygen_runtime::Nullable::Absent,
            tax_amount: paygen_runtime::Nullable::Absent,
            discount_rate: paygen_runtime::Nullable::Absent,
            description: paygen_runtime::Nullable::Absent,
            measurement_unit_id: paygen_runtime::Nullable::Absent,
        }
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = paygen_runtime::Nullable::Value(value.into());
        self
    }
    /// Sets `code`.
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = paygen_runtime::Nullable::Value(value.into());
        self
    }
    /// Sets `unitPrice`.
    pub fn with_unit_price(mut self, value: paygen_runtime::Decimal) -> Self {
        self.unit_price = paygen_runtime::Nullable::Value(value);
        self
    }
    /// Sets `measurementUnit`.
    pub fn with_measurement_unit(mut self, value: impl Into<String>) -> Self {
        self.measurement_unit = paygen_runtime::Nullable::Value(value.into());
        self
    }
    /// Sets `quantity`.
    pub fn with_quantity(mut self, value: paygen_runtime::Decimal) -> Self {
        self.quantity = paygen_runtime::Nullable::Value(value);
        self
    }
    /// Sets `taxAmount`.
    pub fn with_tax_amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.tax_amount = paygen_runtime::Nullable::Value(value);
        self
    }
    /// Sets `discountRate`.
    pub fn with_discount_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.discount_rate = paygen_runtime::Nullable::Value(value);
        self
    }
    /// Sets `description`.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = paygen_runtime::Nullable::Value(value.into());
        self
    }
    /// Sets `measurementUnitId`.
    pub fn with_measurement_unit_id(mut self, value: i32) -> Self {
        self.measurement_unit_id = paygen_runtime::Nullable::Value(value);
        self
    }
}
