/// The `Order` schema.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Order {
    /// The `id` field.
    pub id: i64,
}
