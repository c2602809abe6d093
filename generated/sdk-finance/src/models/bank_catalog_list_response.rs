/// The banks in the catalog.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct BankCatalogListResponse {
    /// The `records` field.
    pub records: Vec<super::BankCatalogEntry>,
}
