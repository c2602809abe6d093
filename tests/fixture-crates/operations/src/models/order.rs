/// The `Order` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Order {
    /// The `id` field.
    pub id: i64,
}
