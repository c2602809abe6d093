/// Primary data of a transaction update request.
///
/// **Inferred:** The update-transaction call is only named in the changelog (2024-08-20); this body shape is the one a public client (Nova Wallet) sends, per the research notes.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TransactionUpdateRequestData {
    /// Resource type; always `transactions`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Identifier of the transaction, the same as in the path.
    pub id: String,
    /// Attributes of a transaction update: the cards of the order.
    pub attributes: super::TransactionUpdateAttributes,
}

impl TransactionUpdateRequestData {
    /// Creates the value from its required fields; optional fields start empty.
    ///
    /// Sets `type` to the one value its schema allows.
    pub fn new(id: impl Into<String>, attributes: super::TransactionUpdateAttributes) -> Self {
        Self {
            type_: "transactions".to_owned(),
            id: id.into(),
            attributes,
        }
    }
}
