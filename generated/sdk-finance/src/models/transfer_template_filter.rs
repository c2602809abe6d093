/// Criteria for a transfer template search.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TransferTemplateFilter {
    /// The `filterType` field.
    #[serde(
        rename = "filterType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub filter_type: Option<String>,
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Kind of transfer endpoint.
    #[serde(
        rename = "paymentToolType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_tool_type: Option<super::PaymentToolType>,
    /// The `recipientPhoneNumber` field.
    #[serde(
        rename = "recipientPhoneNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub recipient_phone_number: Option<String>,
}
