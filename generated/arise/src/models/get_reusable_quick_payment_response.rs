/// An object with the properties `id`, `amount`, `status`, `shortUrl`, `totalTransactionsAmount`, `totalTransactionsCount` and `createdOn`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetReusableQuickPaymentResponse {
    /// A UUID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
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
    /// Text.
    #[serde(rename = "shortUrl", default, skip_serializing_if = "Option::is_none")]
    pub short_url: Option<String>,
    /// A decimal amount.
    #[serde(
        rename = "totalTransactionsAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub total_transactions_amount: Option<paygen_runtime::Decimal>,
    /// A 32-bit integer.
    #[serde(
        rename = "totalTransactionsCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_transactions_count: Option<i32>,
    /// When the link was created (ISO 8601, UTC or with offset).
    #[serde(rename = "createdOn", default, skip_serializing_if = "Option::is_none")]
    pub created_on: Option<paygen_runtime::DateTime>,
}
