/// List of supported countries.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CountryListDocument {
    /// The countries.
    pub data: Vec<super::Country>,
    /// Metadata of a list document.
    pub meta: super::ListMeta,
}
