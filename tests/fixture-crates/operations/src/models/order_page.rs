/// The `OrderPage` schema.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct OrderPage {
    /// The `data` field.
    pub data: Vec<super::Order>,
    /// The `meta` field.
    pub meta: super::OrderPageMeta,
}
