/// An object with the properties `id`, `unitType`, `unitTypeId`, `productName`, `description`, `sku`, `unitPrice`, `categoryId` and 2 more.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetLineItemsResponseDto {
    /// A UUID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// Text.
    #[serde(rename = "unitType", default, skip_serializing_if = "Option::is_none")]
    pub unit_type: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "unitTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub unit_type_id: Option<i32>,
    /// Text.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub product_name: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    /// A decimal amount.
    #[serde(
        rename = "unitPrice",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub unit_price: Option<paygen_runtime::Decimal>,
    /// A UUID.
    #[serde(
        rename = "categoryId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub category_id: Option<paygen_runtime::Uuid>,
    /// Text.
    #[serde(
        rename = "categoryName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub category_name: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "categoryDefaultUnitTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub category_default_unit_type_id: Option<i32>,
}
