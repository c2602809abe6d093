/// The `ListMerchantsResponseItems` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListMerchantsResponseItems {
    /// Company name.
    #[serde(rename = "companyName")]
    pub company_name: String,
    /// Merchant indentifier.
    #[serde(rename = "merchantId")]
    pub merchant_id: paygen_runtime::Uuid,
}
