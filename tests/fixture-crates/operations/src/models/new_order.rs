/// The `NewOrder` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NewOrder {
    /// The `client_order_id` field.
    pub client_order_id: String,
    /// Minor units.
    pub amount: i64,
}
