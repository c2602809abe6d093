/// Attributes of a transaction request. Enterprise clients send `cards`, `customer` and `client_order_id`; Web3 clients add `payment_details`. The document marks `customer` required, while saying it only matters for clients using the Tokens resource.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TransactionCreateAttributes {
    /// Cards to buy. Only the first entry is processed for now.
    pub cards: Vec<super::TransactionCardRequest>,
    /// The end customer of a transaction.
    pub customer: super::Customer,
    /// Your unique reference for the order. It is the idempotency key: repeating a request with the same value returns the stored first result instead of creating another order.
    pub client_order_id: String,
    /// How the end customer paid; required for Web3 clients.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_details: Option<super::PaymentDetails>,
    /// Free-form key/value map stored on a resource. Keys are names you choose; each value is a typed field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, super::MetadataField>>,
}

impl TransactionCreateAttributes {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(
        cards: Vec<super::TransactionCardRequest>,
        customer: super::Customer,
        client_order_id: impl Into<String>,
    ) -> Self {
        Self {
            cards,
            customer,
            client_order_id: client_order_id.into(),
            payment_details: None,
            metadata: None,
        }
    }

    /// Property `payment_details`: How the end customer paid; required for Web3 clients.
    pub fn payment_details(mut self, value: impl Into<super::PaymentDetails>) -> Self {
        self.payment_details = Some(value.into());
        self
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
