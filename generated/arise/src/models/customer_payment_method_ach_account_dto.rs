/// An object with the properties `id`, `name`, `isDefault`, `accountNumber`, `routingNumber`, `accountTypeId`, `accountType`, `accountHolderTypeId` and 2 more.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CustomerPaymentMethodAchAccountDto {
    /// ACH account identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Is payment method default.
    #[serde(rename = "isDefault", default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// Number of the bank account.
    #[serde(
        rename = "accountNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_number: Option<String>,
    /// Text.
    #[serde(
        rename = "routingNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub routing_number: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "accountTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_type_id: Option<i32>,
    /// Text.
    #[serde(
        rename = "accountType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_type: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "accountHolderTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_holder_type_id: Option<i32>,
    /// Text.
    #[serde(
        rename = "accountHolderType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_holder_type: Option<String>,
    /// Text.
    #[serde(rename = "taxId", default, skip_serializing_if = "Option::is_none")]
    pub tax_id: Option<String>,
}
