/// An object with the properties `statusId`, `status`, `customerId`, `mode`, `skipAddressVerification`, `referenceId`, `vaultedPaymentMethodId` and `transactionDetails`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetPaymentSessionResponse {
    /// Aurora-defined integer enumeration (PaymentIntegrations.Contracts.Enums.PaymentSessionStatus).
    #[serde(rename = "statusId", default, skip_serializing_if = "Option::is_none")]
    pub status_id: Option<super::PaymentSessionStatus>,
    /// Name of the session status (Created, Cancelled, Completed, Failed). Typed string or null by the document, but its sample sends the numeric id (2), so an integer is accepted too.
    ///
    /// **Inferred:** the document types this as a string and samples it as a number; which one the server sends is unknown
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<super::GetPaymentSessionResponseStatus>,
    /// Customer identifier.
    #[serde(
        rename = "customerId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_id: Option<paygen_runtime::Uuid>,
    /// Intent of a payment session: 1 a standard payment (default), 2 a vault-only session that saves a payment method, 3 a payment that also saves the method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<super::PaymentSessionMode>,
    /// When true, address verification (AVS) is skipped.
    ///
    /// Default: `false`.
    #[serde(
        rename = "skipAddressVerification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub skip_address_verification: Option<bool>,
    /// Caller's own reference for the transaction; also used by duplicate detection.
    #[serde(
        rename = "referenceId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reference_id: Option<String>,
    /// Id of the stored payment method, when the session saves or uses one.
    #[serde(
        rename = "vaultedPaymentMethodId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vaulted_payment_method_id: Option<paygen_runtime::Uuid>,
    /// An object with the properties `transactionReceiptUrl`, `transactionReceiptShortUrl`, `source`, `transactionReceipt`, `id`, `paymentProcessorId`, `date`, `amount` and 37 more.
    #[serde(
        rename = "transactionDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_details: Option<super::GetPaymentSessionTransactionDetails>,
}
