/// An object with the properties `id`, `number`, `customerName`, `issueDate`, `dueDate`, `paymentDate`, `totalAmount` and `status`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetInvoicesResponseDto {
    /// A UUID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Text.
    #[serde(
        rename = "customerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_name: Option<String>,
    /// When the invoice was issued (ISO 8601, UTC or with offset).
    #[serde(rename = "issueDate", default, skip_serializing_if = "Option::is_none")]
    pub issue_date: Option<paygen_runtime::DateTime>,
    /// When the invoice is due (ISO 8601, UTC or with offset).
    #[serde(rename = "dueDate", default, skip_serializing_if = "Option::is_none")]
    pub due_date: Option<paygen_runtime::DateTime>,
    /// When the invoice was paid (ISO 8601, UTC or with offset).
    #[serde(
        rename = "paymentDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_date: Option<paygen_runtime::DateTime>,
    /// Transaction's total amount.
    #[serde(
        rename = "totalAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub total_amount: Option<paygen_runtime::Decimal>,
    /// Aurora-defined integer enumeration (PaymentIntegrations.Contracts.Enums.InvoiceStatus).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<super::InvoiceStatus>,
}
