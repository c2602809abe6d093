/// The `OrderPage` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderPage {
    /// The `data` field.
    pub data: Vec<super::Order>,
    /// The `meta` field.
    pub meta: super::OrderPageMeta,
}
