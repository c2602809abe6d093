/// An object with the properties `name`, `code`, `unitPrice`, `measurementUnit`, `quantity`, `discountPercentage` and `description`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Product {
    /// The name of the product.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub name: paygen_runtime::Nullable<String>,
    /// Merchant's own product code.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub code: paygen_runtime::Nullable<String>,
    /// Price of one unit.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "unitPrice",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub unit_price: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// Unit of measure.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "measurementUnit",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub measurement_unit: paygen_runtime::Nullable<String>,
    /// Quantity of the product.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub quantity: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// Product discount percentage
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "discountPercentage",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub discount_percentage: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// Product description
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub description: paygen_runtime::Nullable<String>,
}

impl Product {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            name: paygen_runtime::Nullable::Absent,
            code: paygen_runtime::Nullable::Absent,
            unit_price: paygen_runtime::Nullable::Absent,
            measurement_unit: paygen_runtime::Nullable::Absent,
            quantity: paygen_runtime::Nullable::Absent,
            discount_percentage: paygen_runtime::Nullable::Absent,
            description: paygen_runtime::Nullable::Absent,
        }
    }

    /// Property `name`: The name of the product.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `name` as `null`.
    pub fn clear_name(mut self) -> Self {
        self.name = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `code`: Merchant's own product code.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `code` as `null`.
    pub fn clear_code(mut self) -> Self {
        self.code = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `unitPrice`: Price of one unit.
    pub fn unit_price(mut self, value: paygen_runtime::Decimal) -> Self {
        self.unit_price = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `unitPrice` as `null`.
    pub fn clear_unit_price(mut self) -> Self {
        self.unit_price = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `measurementUnit`: Unit of measure.
    pub fn measurement_unit(mut self, value: impl Into<String>) -> Self {
        self.measurement_unit = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `measurementUnit` as `null`.
    pub fn clear_measurement_unit(mut self) -> Self {
        self.measurement_unit = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `quantity`: Quantity of the product.
    pub fn quantity(mut self, value: paygen_runtime::Decimal) -> Self {
        self.quantity = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `quantity` as `null`.
    pub fn clear_quantity(mut self) -> Self {
        self.quantity = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `discountPercentage`: Product discount percentage
    pub fn discount_percentage(mut self, value: paygen_runtime::Decimal) -> Self {
        self.discount_percentage = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `discountPercentage` as `null`.
    pub fn clear_discount_percentage(mut self) -> Self {
        self.discount_percentage = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `description`: Product description
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `description` as `null`.
    pub fn clear_description(mut self) -> Self {
        self.description = paygen_runtime::Nullable::Null;
        self
    }
}
