/// The banks in the catalog.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BankCatalogListResponse {
    /// The `records` field.
    pub records: Vec<super::BankCatalogEntry>,
}
