/// Source and destination of a transfer, as wallet serials or card numbers.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct PaymentToolDetails {
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Text.
    #[serde(rename = "destId", default, skip_serializing_if = "Option::is_none")]
    pub dest_id: Option<String>,
    /// Destination wallet serial or card number.
    #[serde(rename = "destValue", default, skip_serializing_if = "Option::is_none")]
    pub dest_value: Option<String>,
    /// Text.
    #[serde(
        rename = "recipientFullName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub recipient_full_name: Option<String>,
    /// Text.
    #[serde(rename = "srcId", default, skip_serializing_if = "Option::is_none")]
    pub src_id: Option<String>,
    /// Source wallet serial or card number.
    #[serde(rename = "srcValue", default, skip_serializing_if = "Option::is_none")]
    pub src_value: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
    /// Kind of transfer endpoint.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<super::PaymentToolType>,
}
