/// An object with the properties `typeId`, `type`, `availableAmount` and `suggestedTips`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TransactionOperation {
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.TransactionType). 0 is not a documented value, but the vendor's response samples send it, so it is accepted (as Unspecified).
    #[serde(rename = "typeId", default, skip_serializing_if = "Option::is_none")]
    pub type_id: Option<super::TransactionType>,
    /// Text.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// A decimal amount.
    #[serde(
        rename = "availableAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub available_amount: Option<paygen_runtime::Decimal>,
    /// A list of objects with the properties `tipAmount` and `tipPercent`.
    #[serde(
        rename = "suggestedTips",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub suggested_tips: Option<Vec<super::SuggestedTipsDto>>,
}
