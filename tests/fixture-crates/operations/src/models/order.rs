/// An object with the property `id`. Required: `id`.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Order {
    /// An integer.
    pub id: i64,
}
