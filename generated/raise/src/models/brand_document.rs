/// Single-resource document wrapping a brand.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct BrandDocument {
    /// A `brands` resource: one gift card brand in one country and currency.
    pub data: super::Brand,
}
