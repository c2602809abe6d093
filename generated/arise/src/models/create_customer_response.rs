/// The `CreateCustomerResponse` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCustomerResponse {
    /// CustomerId or the customer identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
}
