/// An object with the properties `id`, `customerName`, `amount`, `status`, `createdOn`, `expirationTime` and `transactionId`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetOneTimeQuickPaymentPageResponseDto {
    /// A UUID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// Text.
    #[serde(
        rename = "customerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_name: Option<String>,
    /// A decimal amount.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub amount: Option<paygen_runtime::Decimal>,
    /// Aurora-defined integer enumeration (PaymentIntegrations.Contracts.Enums.QuickPaymentStatus). 0 is not a documented value, but the vendor's response samples send it, so it is accepted (as Unspecified).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<super::QuickPaymentStatus>,
    /// When the link was created (ISO 8601, UTC or with offset).
    #[serde(rename = "createdOn", default, skip_serializing_if = "Option::is_none")]
    pub created_on: Option<paygen_runtime::DateTime>,
    /// A date and time (RFC 3339).
    #[serde(
        rename = "expirationTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_time: Option<paygen_runtime::DateTime>,
    /// A UUID.
    #[serde(
        rename = "transactionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_id: Option<paygen_runtime::Uuid>,
}
