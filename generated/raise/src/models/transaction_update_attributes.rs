/// Attributes of a transaction update: the cards of the order.
///
/// **Inferred:** The update-transaction call is only named in the changelog (2024-08-20); this body shape is the one a public client (Nova Wallet) sends, per the research notes.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TransactionUpdateAttributes {
    /// Cards of the order, in the same shape as at creation.
    pub cards: Vec<super::TransactionCardRequest>,
    /// Free-form key/value map stored on a resource. Keys are names you choose; each value is a typed field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, super::MetadataField>>,
}

impl TransactionUpdateAttributes {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(cards: Vec<super::TransactionCardRequest>) -> Self {
        Self {
            cards,
            metadata: None,
        }
    }

    /// Property `metadata`: Free-form key/value map stored on a resource. Keys are names you choose; each value is a typed field.
    pub fn metadata(
        mut self,
        value: std::collections::BTreeMap<String, super::MetadataField>,
    ) -> Self {
        self.metadata = Some(value);
        self
    }
}
