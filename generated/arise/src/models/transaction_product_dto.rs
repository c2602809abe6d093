/// An object with the properties `name`, `code`, `unitPrice`, `measurementUnit`, `quantity`, `taxAmount`, `discountRate`, `description` and 1 more.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TransactionProductDto {
    /// Product name, 1 to 50 characters: letters, digits, space, slash, hyphen, comma.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub name: paygen_runtime::Nullable<String>,
    /// Merchant's product code, 1 to 20 characters: letters, digits, space, slash.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub code: paygen_runtime::Nullable<String>,
    /// Product price (at most 12 characters, digits and dot).
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "unitPrice",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub unit_price: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// Unit of measure (at most 20 letters, digits or spaces).
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "measurementUnit",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub measurement_unit: paygen_runtime::Nullable<String>,
    /// Quantity (decimal, at most 12 characters).
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub quantity: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// Tax on the product (at most 12 characters, digits and dot).
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "taxAmount",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub tax_amount: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// Discount on the product in percent, 0.01 to 100 (at most 4 characters); for reporting only, goes with productDiscountName.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "discountRate",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub discount_rate: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// Product description, 1 to 200 characters.
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

    /// Property `name`: Product name, 1 to 50 characters: letters, digits, space, slash, hyphen, comma.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `name` as `null`.
    pub fn clear_name(mut self) -> Self {
        self.name = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `code`: Merchant's product code, 1 to 20 characters: letters, digits, space, slash.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `code` as `null`.
    pub fn clear_code(mut self) -> Self {
        self.code = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `unitPrice`: Product price (at most 12 characters, digits and dot).
    pub fn unit_price(mut self, value: paygen_runtime::Decimal) -> Self {
        self.unit_price = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `unitPrice` as `null`.
    pub fn clear_unit_price(mut self) -> Self {
        self.unit_price = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `measurementUnit`: Unit of measure (at most 20 letters, digits or spaces).
    pub fn measurement_unit(mut self, value: impl Into<String>) -> Self {
        self.measurement_unit = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `measurementUnit` as `null`.
    pub fn clear_measurement_unit(mut self) -> Self {
        self.measurement_unit = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `quantity`: Quantity (decimal, at most 12 characters).
    pub fn quantity(mut self, value: paygen_runtime::Decimal) -> Self {
        self.quantity = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `quantity` as `null`.
    pub fn clear_quantity(mut self) -> Self {
        self.quantity = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `taxAmount`: Tax on the product (at most 12 characters, digits and dot).
    pub fn tax_amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.tax_amount = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `taxAmount` as `null`.
    pub fn clear_tax_amount(mut self) -> Self {
        self.tax_amount = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `discountRate`: Discount on the product in percent, 0.01 to 100 (at most 4 characters); for reporting only, goes with productDiscountName.
    pub fn discount_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.discount_rate = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `discountRate` as `null`.
    pub fn clear_discount_rate(mut self) -> Self {
        self.discount_rate = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `description`: Product description, 1 to 200 characters.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `description` as `null`.
    pub fn clear_description(mut self) -> Self {
        self.description = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `measurementUnitId`: MeasurementUnitId
    pub fn measurement_unit_id(mut self, value: i32) -> Self {
        self.measurement_unit_id = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `measurementUnitId` as `null`.
    pub fn clear_measurement_unit_id(mut self) -> Self {
        self.measurement_unit_id = paygen_runtime::Nullable::Null;
        self
    }
}
