/// An object with the properties `companyName` and `merchantId`. Required: `companyName` and `merchantId`.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ListMerchantsResponseItems {
    /// Company name.
    #[serde(rename = "companyName")]
    pub company_name: String,
    /// Merchant indentifier.
    #[serde(rename = "merchantId")]
    pub merchant_id: paygen_runtime::Uuid,
}
