/// Catalogue details of a brand. The same merchant in another country is a different brand sharing the same `group_id`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct BrandAttributes {
    /// Identifier shared by the country variants of the same brand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<paygen_runtime::Uuid>,
    /// Brand name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Commission the client earns on sales of this brand, in basis points (400 = 4%).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commission_rate: Option<i32>,
    /// Description of the brand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// ISO 4217 currency code of the brand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// ISO 3166-1 alpha-2 country code of the brand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Address of the brand's square icon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon_url: Option<String>,
    /// Address of the brand's rectangular gift card image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub faceplate_url: Option<String>,
    /// Page where a card balance can be checked by hand; falls back to the merchant address when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_check_url: Option<String>,
    /// Whether automatic balance checks are available for this brand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_checks_supported: Option<bool>,
    /// The brand's website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_url: Option<String>,
    /// Legal terms of the brand's gift cards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<String>,
    /// Purchase rules of a brand. Exactly one of `variable_load` and `fixed_load` is present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_config: Option<super::TransactionConfig>,
    /// How a brand's gift cards can be spent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redemption_config: Option<super::RedemptionConfig>,
    /// Categories the brand belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<super::CategoryCode>>,
}
