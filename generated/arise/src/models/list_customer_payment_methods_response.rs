/// The `ListCustomerPaymentMethodsResponse` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ListCustomerPaymentMethodsResponse {
    /// The `items` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<super::GetCustomerPaymentMethodsResponse>>,
    /// Count of payment methods across all pages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i32>,
}
