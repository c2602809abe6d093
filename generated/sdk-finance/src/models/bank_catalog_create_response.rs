/// Identifier of the bank just added.
///
/// **Inferred:** The seed only says the response contains bankId; a top-level property is assumed.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct BankCatalogCreateResponse {
    /// Identifier to quote in top-ups and withdrawals.
    #[serde(rename = "bankId")]
    pub bank_id: String,
}
