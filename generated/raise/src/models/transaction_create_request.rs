/// Request document for a gift card order.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TransactionCreateRequest {
    /// Primary data of a transaction request.
    pub data: super::TransactionCreateRequestData,
}

impl TransactionCreateRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(data: impl Into<super::TransactionCreateRequestData>) -> Self {
        Self { data: data.into() }
    }
}

/// Wraps a `TransactionCreateRequestData`, the one value `new` takes.
impl From<super::TransactionCreateRequestData> for TransactionCreateRequest {
    fn from(value: super::TransactionCreateRequestData) -> Self {
        Self::new(value)
    }
}

/// Wraps a `TransactionCreateAttributes` in a `TransactionCreateRequestData` first.
impl From<super::TransactionCreateAttributes> for TransactionCreateRequest {
    fn from(value: super::TransactionCreateAttributes) -> Self {
        Self::new(value)
    }
}
