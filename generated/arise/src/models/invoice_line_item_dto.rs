/// The `InvoiceLineItemDto` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceLineItemDto {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// The `lineItemId` field.
    #[serde(
        rename = "lineItemId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub line_item_id: Option<paygen_runtime::Uuid>,
    /// The `unitTypeId` field.
    #[serde(
        rename = "unitTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub unit_type_id: Option<i32>,
    /// The `productName` field.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub product_name: Option<String>,
    /// The `description` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `sku` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    /// The `unitPrice` field.
    #[serde(
        rename = "unitPrice",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub unit_price: Option<paygen_runtime::Decimal>,
    /// The `quantity` field.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub quantity: Option<paygen_runtime::Decimal>,
    /// The `discountPercentage` field.
    #[serde(
        rename = "discountPercentage",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub discount_percentage: Option<paygen_runtime::Decimal>,
    /// Transaction's total amount.
    #[serde(
        rename = "totalAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub total_amount: Option<paygen_runtime::Decimal>,
}
