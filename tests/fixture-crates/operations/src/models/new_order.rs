/// An object with the properties `client_order_id` and `amount`. Required: `client_order_id` and `amount`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct NewOrder {
    /// Text.
    pub client_order_id: String,
    /// Minor units.
    pub amount: i64,
}

impl NewOrder {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(client_order_id: impl Into<String>, amount: i64) -> Self {
        Self {
            client_order_id: client_order_id.into(),
            amount,
        }
    }
}
