/// List of supported countries.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CountryListDocument {
    /// The countries.
    pub data: Vec<super::Country>,
    /// Metadata of a list document.
    pub meta: super::ListMeta,
}
