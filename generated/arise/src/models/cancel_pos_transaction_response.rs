/// An object with the properties `posTransactionId`, `statusId` and `status`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CancelPosTransactionResponse {
    /// ID of POS transaction
    #[serde(
        rename = "posTransactionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pos_transaction_id: Option<paygen_runtime::Uuid>,
    /// Aurora-defined integer enumeration (PosService.Contracts.PosTransactionStatus).
    #[serde(rename = "statusId", default, skip_serializing_if = "Option::is_none")]
    pub status_id: Option<super::PosTransactionStatus>,
    /// Status identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}
