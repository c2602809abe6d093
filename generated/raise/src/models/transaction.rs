/// A `transactions` resource: one gift card order.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Transaction {
    /// Resource type; always `transactions`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Transaction identifier (not a UUID).
    pub id: String,
    /// Details of a transaction. `cards` is only filled in by the single-transaction call, not by the list call.
    pub attributes: super::TransactionAttributes,
}
