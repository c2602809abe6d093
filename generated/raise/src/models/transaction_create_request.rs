/// Request document for a gift card order.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TransactionCreateRequest {
    /// Primary data of a transaction request.
    pub data: super::TransactionCreateRequestData,
}
impl TransactionCreateRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(data: super::TransactionCreateRequestData) -> Self {
        Self { data }
    }
}
