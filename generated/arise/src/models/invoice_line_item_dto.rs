/// An object with the properties `id`, `lineItemId`, `unitTypeId`, `productName`, `description`, `sku`, `unitPrice`, `quantity` and 2 more.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceLineItemDto {
    /// A UUID.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub id: paygen_runtime::Nullable<paygen_runtime::Uuid>,
    /// A UUID.
    #[serde(
        rename = "lineItemId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub line_item_id: Option<paygen_runtime::Uuid>,
    /// A 32-bit integer.
    #[serde(
        rename = "unitTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub unit_type_id: Option<i32>,
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
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "unitPrice",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub unit_price: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// A decimal amount.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub quantity: Option<paygen_runtime::Decimal>,
    /// A decimal amount.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "discountPercentage",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub discount_percentage: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// Transaction's total amount.
    #[serde(
        rename = "totalAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub total_amount: Option<paygen_runtime::Decimal>,
}

impl InvoiceLineItemDto {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            id: paygen_runtime::Nullable::Absent,
            line_item_id: None,
            unit_type_id: None,
            product_name: paygen_runtime::Nullable::Absent,
            description: paygen_runtime::Nullable::Absent,
            sku: paygen_runtime::Nullable::Absent,
            unit_price: paygen_runtime::Nullable::Absent,
            quantity: None,
            discount_percentage: paygen_runtime::Nullable::Absent,
            total_amount: None,
        }
    }

    /// Property `id`: A UUID.
    pub fn id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.id = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `id` as `null`.
    pub fn clear_id(mut self) -> Self {
        self.id = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `lineItemId`: A UUID.
    pub fn line_item_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.line_item_id = Some(value);
        self
    }

    /// Property `unitTypeId`: A 32-bit integer.
    pub fn unit_type_id(mut self, value: i32) -> Self {
        self.unit_type_id = Some(value);
        self
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
        self.unit_price = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `unitPrice` as `null`.
    pub fn clear_unit_price(mut self) -> Self {
        self.unit_price = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `quantity`: A decimal amount.
    pub fn quantity(mut self, value: paygen_runtime::Decimal) -> Self {
        self.quantity = Some(value);
        self
    }

    /// Property `discountPercentage`: A decimal amount.
    pub fn discount_percentage(mut self, value: paygen_runtime::Decimal) -> Self {
        self.discount_percentage = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `discountPercentage` as `null`.
    pub fn clear_discount_percentage(mut self) -> Self {
        self.discount_percentage = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `totalAmount`: Transaction's total amount.
    pub fn total_amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.total_amount = Some(value);
        self
    }
}
