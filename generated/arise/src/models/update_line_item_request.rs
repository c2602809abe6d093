/// The `UpdateLineItemRequest` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateLineItemRequest {
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
    /// The `unitTypeId` field.
    #[serde(
        rename = "unitTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub unit_type_id: Option<i32>,
    /// The `categoryId` field.
    #[serde(
        rename = "categoryId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub category_id: Option<paygen_runtime::Uuid>,
    /// The `taxRate` field.
    #[serde(
        rename = "taxRate",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub tax_rate: Option<paygen_runtime::Decimal>,
}
