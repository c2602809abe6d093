/// The `VoidTransactionRequest` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VoidTransactionRequest {
    /// Transaction identifier.
    #[serde(rename = "transactionId")]
    pub transaction_id: paygen_runtime::Uuid,
}
