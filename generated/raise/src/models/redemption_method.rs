/// One way to redeem a gift card.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct RedemptionMethod {
    /// Instructions for this way of redeeming.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub info: Option<String>,
    /// Where a gift card can be redeemed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<super::RedemptionKind>,
}
