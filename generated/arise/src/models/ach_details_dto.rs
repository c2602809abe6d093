/// An object with the properties `customerAccountNumber`, `customerRoutingNumber`, `accountHolderType`, `accountHolderTypeId`, `accountType`, `accountTypeId` and `taxId`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct AchDetailsDto {
    /// Text.
    #[serde(
        rename = "customerAccountNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_account_number: Option<String>,
    /// Text.
    #[serde(
        rename = "customerRoutingNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_routing_number: Option<String>,
    /// Text.
    #[serde(
        rename = "accountHolderType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_holder_type: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "accountHolderTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_holder_type_id: Option<i32>,
    /// Text.
    #[serde(
        rename = "accountType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_type: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "accountTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_type_id: Option<i32>,
    /// Text.
    #[serde(rename = "taxId", default, skip_serializing_if = "Option::is_none")]
    pub tax_id: Option<String>,
}
