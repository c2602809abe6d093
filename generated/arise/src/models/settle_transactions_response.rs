/// An object with the properties `code`, `message` and `processorResponseCode`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct SettleTransactionsResponse {
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.ResponseCode).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<super::ResponseCode>,
    /// Free-form result description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Result code from the processor.
    #[serde(
        rename = "processorResponseCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub processor_response_code: Option<String>,
}
