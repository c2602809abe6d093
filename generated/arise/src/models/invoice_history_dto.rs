/// The `InvoiceHistoryDto` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct InvoiceHistoryDto {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// The `invoiceId` field.
    #[serde(rename = "invoiceId", default, skip_serializing_if = "Option::is_none")]
    pub invoice_id: Option<paygen_runtime::Uuid>,
    /// The `typeId` field.
    #[serde(rename = "typeId", default, skip_serializing_if = "Option::is_none")]
    pub type_id: Option<i32>,
    /// The `typeName` field.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// The `errorCode` field.
    #[serde(rename = "errorCode", default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// The `errorMessage` field.
    #[serde(
        rename = "errorMessage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub error_message: Option<String>,
    /// The `notificationId` field.
    #[serde(
        rename = "notificationId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notification_id: Option<paygen_runtime::Uuid>,
    /// The `notificationType` field.
    #[serde(
        rename = "notificationType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notification_type: Option<String>,
    /// The `notificationTypeId` field.
    #[serde(
        rename = "notificationTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notification_type_id: Option<i32>,
    /// The `notificationTemplateType` field.
    #[serde(
        rename = "notificationTemplateType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notification_template_type: Option<String>,
    /// The `notificationTemplateTypeId` field.
    #[serde(
        rename = "notificationTemplateTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notification_template_type_id: Option<i32>,
    /// The `notificationTarget` field.
    #[serde(
        rename = "notificationTarget",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notification_target: Option<String>,
    /// The `transactionId` field.
    #[serde(
        rename = "transactionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_id: Option<paygen_runtime::Uuid>,
    /// The `paymentMethodTypeId` field.
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
