/// The banks in the catalog.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct BankCatalogListResponse {
    /// A list of objects with the properties `address`, `bankId`, `bic`, `city`, `name`, `swift` and `zipCode`.
    pub records: Vec<super::BankCatalogEntry>,
}
