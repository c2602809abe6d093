/// Request document for updating a transaction.
///
/// **Inferred:** The update-transaction call is only named in the changelog (2024-08-20); this body shape is the one a public client (Nova Wallet) sends, per the research notes.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TransactionUpdateRequest {
    /// Primary data of a transaction update request.
    pub data: super::TransactionUpdateRequestData,
}

impl TransactionUpdateRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(data: super::TransactionUpdateRequestData) -> Self {
        Self { data }
    }
}

/// Wraps a `TransactionUpdateRequestData`, the one value `new` takes.
impl From<super::TransactionUpdateRequestData> for TransactionUpdateRequest {
    fn from(value: super::TransactionUpdateRequestData) -> Self {
        Self::new(value)
    }
}
