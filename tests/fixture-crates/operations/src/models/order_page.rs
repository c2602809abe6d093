/// An object with the properties `data` and `meta`. Required: `data` and `meta`.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct OrderPage {
    /// A list of objects with the property `id`.
    pub data: Vec<super::Order>,
    /// An object with the property `total`.
    pub meta: super::OrderPageMeta,
}
