/// Attributes of a card update request.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct CardUpdateAttributes {
    /// Action to perform on a card.
    pub action: super::CardAction,
    /// New balance to record; only used with `UPDATE_BALANCE`. Integer amount in the minor unit of the currency (see Supported Currencies in the API guide).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance: Option<i64>,
    /// Free-form key/value map stored on a resource. Keys are names you choose; each value is a typed field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, super::MetadataField>>,
}

impl CardUpdateAttributes {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(action: super::CardAction) -> Self {
        Self {
            action,
            balance: None,
            metadata: None,
        }
    }

    /// Property `balance`: New balance to record; only used with `UPDATE_BALANCE`. Integer amount in the minor unit of the currency (see Supported Currencies in the API guide).
    pub fn balance(mut self, value: i64) -> Self {
        self.balance = Some(value);
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
