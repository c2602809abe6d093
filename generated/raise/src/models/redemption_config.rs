/// How a brand's gift cards can be spent.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct RedemptionConfig {
    /// Disclaimer about redemption.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclaimer: Option<String>,
    /// Ways to redeem the card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub methods: Option<Vec<super::RedemptionMethod>>,
}
