/// Details of a transaction. `cards` is only filled in by the single-transaction call, not by the list call.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TransactionAttributes {
    /// Outcome of a transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<super::TransactionState>,
    /// Total value of the order in the transaction's currency. Integer amount in the minor unit of the currency (see Supported Currencies in the API guide).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// Commission earned by the client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_commission: Option<super::Commission>,
    /// Amount taken from the client's fund to pay for a transaction or card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escrow_deduction: Option<super::EscrowDeduction>,
    /// ISO 4217 currency code of the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// ISO 3166-1 alpha-2 country code of the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The end customer of a transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<super::Customer>,
    /// Cards issued by the transaction; only present in the single-transaction response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cards: Option<Vec<super::TransactionCard>>,
    /// Why the transaction failed, when `state` is `FAILED`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<super::ErrorObject>>,
    /// Free-form key/value map stored on a resource. Keys are names you choose; each value is a typed field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, super::MetadataField>>,
    /// The client's order id given at creation. Not in the attribute table but present in the document's transaction example.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_order_id: Option<String>,
}
