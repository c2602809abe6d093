/// The `TransactionOperation` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TransactionOperation {
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.TransactionType). 0 is not a documented value, but the vendor's response samples send it, so it is accepted (as Unspecified).
    #[serde(rename = "typeId", default, skip_serializing_if = "Option::is_none")]
    pub type_id: Option<super::TransactionType>,
    /// The `type` field.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// The `availableAmount` field.
    #[serde(
        rename = "availableAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub available_amount: Option<paygen_runtime::Decimal>,
    /// The `suggestedTips` field.
    #[serde(
        rename = "suggestedTips",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub suggested_tips: Option<Vec<super::SuggestedTipsDto>>,
}
