/// The `UpdateCustomerPaymentMethodRequest` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateCustomerPaymentMethodRequest {
    /// Payment method name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
