/// Request document for a gift card order.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TransactionCreateRequest {
    /// Primary data of a transaction request.
    pub data: super::TransactionCreateRequestData,
}
