/// The `GetLineItemsResponseDto` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetLineItemsResponseDto {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// The `unitType` field.
    #[serde(rename = "unitType", default, skip_serializing_if = "Option::is_none")]
    pub unit_type: Option<String>,
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
    /// The `categoryId` field.
    #[serde(
        rename = "categoryId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub category_id: Option<paygen_runtime::Uuid>,
    /// The `categoryName` field.
    #[serde(
        rename = "categoryName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub category_name: Option<String>,
    /// The `categoryDefaultUnitTypeId` field.
    #[serde(
        rename = "categoryDefaultUnitTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub category_default_unit_type_id: Option<i32>,
}
