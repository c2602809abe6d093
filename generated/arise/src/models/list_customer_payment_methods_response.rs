/// An object with the properties `items` and `total`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ListCustomerPaymentMethodsResponse {
    /// A list of objects with the properties `id`, `name`, `panMask`, `isDefault`, `typeId`, `typeName`, `expirationMonth`, `expirationYear` and 7 more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<super::GetCustomerPaymentMethodsResponse>>,
    /// Count of payment methods across all pages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i32>,
}
