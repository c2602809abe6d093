/// An object with the properties `productName`, `description`, `sku`, `unitPrice`, `unitTypeId`, `categoryId` and `taxRate`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct UpdateLineItemRequest {
    /// Text.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub product_name: paygen_runtime::Nullable<String>,
    /// Text.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub description: paygen_runtime::Nullable<String>,
    /// Text.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub sku: paygen_runtime::Nullable<String>,
    /// A decimal amount.
    #[serde(
        rename = "unitPrice",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub unit_price: Option<paygen_runtime::Decimal>,
    /// A 32-bit integer.
    #[serde(
        rename = "unitTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub unit_type_id: Option<i32>,
    /// A UUID.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "categoryId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub category_id: paygen_runtime::Nullable<paygen_runtime::Uuid>,
    /// A decimal amount.
    #[serde(
        rename = "taxRate",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub tax_rate: Option<paygen_runtime::Decimal>,
}

impl UpdateLineItemRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            product_name: paygen_runtime::Nullable::Absent,
            description: paygen_runtime::Nullable::Absent,
            sku: paygen_runtime::Nullable::Absent,
            unit_price: None,
            unit_type_id: None,
            category_id: paygen_runtime::Nullable::Absent,
            tax_rate: None,
        }
    }

    /// Property `productName`: Text.
    pub fn product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `productName` as `null`.
    pub fn clear_product_name(mut self) -> Self {
        self.product_name = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `description`: Text.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `description` as `null`.
    pub fn clear_description(mut self) -> Self {
        self.description = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `sku`: Text.
    pub fn sku(mut self, value: impl Into<String>) -> Self {
        self.sku = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `sku` as `null`.
    pub fn clear_sku(mut self) -> Self {
        self.sku = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `unitPrice`: A decimal amount.
    pub fn unit_price(mut self, value: paygen_runtime::Decimal) -> Self {
        self.unit_price = Some(value);
        self
    }

    /// Property `unitTypeId`: A 32-bit integer.
    pub fn unit_type_id(mut self, value: i32) -> Self {
        self.unit_type_id = Some(value);
        self
    }

    /// Property `categoryId`: A UUID.
    pub fn category_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.category_id = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `categoryId` as `null`.
    pub fn clear_category_id(mut self) -> Self {
        self.category_id = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `taxRate`: A decimal amount.
    pub fn tax_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.tax_rate = Some(value);
        self
    }
}
