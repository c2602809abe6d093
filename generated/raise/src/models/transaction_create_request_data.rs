/// Primary data of a transaction request.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TransactionCreateRequestData {
    /// Resource type; always `transactions`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Attributes of a transaction request. Enterprise clients send `cards`, `customer` and `client_order_id`; Web3 clients add `payment_details`. The document marks `customer` required, while saying it only matters for clients using the Tokens resource.
    pub attributes: super::TransactionCreateAttributes,
}

impl TransactionCreateRequestData {
    /// Creates the value from its required fields; optional fields start empty.
    ///
    /// Sets `type` to the one value its schema allows.
    pub fn new(attributes: super::TransactionCreateAttributes) -> Self {
        Self {
            type_: "transactions".to_owned(),
            attributes,
        }
    }
}

/// Wraps a `TransactionCreateAttributes`, the one value `new` takes.
impl From<super::TransactionCreateAttributes> for TransactionCreateRequestData {
    fn from(value: super::TransactionCreateAttributes) -> Self {
        Self::new(value)
    }
}
