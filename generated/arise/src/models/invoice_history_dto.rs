/// An object with the properties `id`, `invoiceId`, `typeId`, `typeName`, `errorCode`, `errorMessage`, `notificationId`, `notificationType` and 7 more.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct InvoiceHistoryDto {
    /// A UUID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// A UUID.
    #[serde(rename = "invoiceId", default, skip_serializing_if = "Option::is_none")]
    pub invoice_id: Option<paygen_runtime::Uuid>,
    /// A 32-bit integer.
    #[serde(rename = "typeId", default, skip_serializing_if = "Option::is_none")]
    pub type_id: Option<i32>,
    /// Text.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// Text.
    #[serde(rename = "errorCode", default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// Text.
    #[serde(
        rename = "errorMessage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub error_message: Option<String>,
    /// A UUID.
    #[serde(
        rename = "notificationId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notification_id: Option<paygen_runtime::Uuid>,
    /// Text.
    #[serde(
        rename = "notificationType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notification_type: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "notificationTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notification_type_id: Option<i32>,
    /// Text.
    #[serde(
        rename = "notificationTemplateType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notification_template_type: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "notificationTemplateTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notification_template_type_id: Option<i32>,
    /// Text.
    #[serde(
        rename = "notificationTarget",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notification_target: Option<String>,
    /// A UUID.
    #[serde(
        rename = "transactionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_id: Option<paygen_runtime::Uuid>,
    /// A 32-bit integer.
    #[serde(
        rename = "paymentMethodTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_method_type_id: Option<i32>,
    /// When the invoice was created (ISO 8601, UTC or with offset).
    #[serde(rename = "createdOn", default, skip_serializing_if = "Option::is_none")]
    pub created_on: Option<paygen_runtime::DateTime>,
}
