/// The `GetPaymentSessionResponse` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPaymentSessionResponse {
    /// Aurora-defined integer enumeration (PaymentIntegrations.Contracts.Enums.PaymentSessionStatus).
    #[serde(rename = "statusId", default, skip_serializing_if = "Option::is_none")]
    pub status_id: Option<super::PaymentSessionStatus>,
    /// Payment session status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Customer identifier.
    #[serde(
        rename = "customerId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_id: Option<paygen_runtime::Uuid>,
    /// Intent of the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<i32>,
    /// To bypass the AVS (address verification service) in the payment gateway.
    #[serde(
        rename = "skipAddressVerification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub skip_address_verification: Option<bool>,
    /// External transaction identifier for client-side tracking.
    #[serde(
        rename = "referenceId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reference_id: Option<String>,
    /// Identifier of the vaulted payment method when the session involves saving or using a stored payment method.
    #[serde(
        rename = "vaultedPaymentMethodId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vaulted_payment_method_id: Option<paygen_runtime::Uuid>,
    /// The `transactionDetails` field.
    #[serde(
        rename = "transactionDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_details: Option<super::GetPaymentSessionTransactionDetails>,
}
