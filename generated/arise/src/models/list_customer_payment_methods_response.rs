/// The `ListCustomerPaymentMethodsResponse` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListCustomerPaymentMethodsResponse {
    /// The `items` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<super::GetCustomerPaymentMethodsResponse>>,
    /// Total number of payment methods found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i32>,
}
