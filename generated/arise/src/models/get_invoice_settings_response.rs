/// An object with the properties `merchantId`, `dueDateAfterDays`, `taxPercentage`, `isDiscountEnabled`, `discountPercentage`, `isShippingFeeEnabled`, `shippingFeeAmount`, `isFeesEnabled` and 11 more.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetInvoiceSettingsResponse {
    /// A UUID.
    #[serde(
        rename = "merchantId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_id: Option<paygen_runtime::Uuid>,
    /// A 32-bit integer.
    #[serde(
        rename = "dueDateAfterDays",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub due_date_after_days: Option<i32>,
    /// A decimal amount.
    #[serde(
        rename = "taxPercentage",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub tax_percentage: Option<paygen_runtime::Decimal>,
    /// `true` or `false`.
    #[serde(
        rename = "isDiscountEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_discount_enabled: Option<bool>,
    /// A decimal amount.
    #[serde(
        rename = "discountPercentage",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub discount_percentage: Option<paygen_runtime::Decimal>,
    /// `true` or `false`.
    #[serde(
        rename = "isShippingFeeEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_shipping_fee_enabled: Option<bool>,
    /// A decimal amount.
    #[serde(
        rename = "shippingFeeAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub shipping_fee_amount: Option<paygen_runtime::Decimal>,
    /// `true` or `false`.
    #[serde(
        rename = "isFeesEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_fees_enabled: Option<bool>,
    /// A decimal amount.
    #[serde(
        rename = "feesPercentage",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub fees_percentage: Option<paygen_runtime::Decimal>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "paymentMethodTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_method_type_id: Option<i32>,
    /// Id of the payment processor for card payments.
    #[serde(
        rename = "cardPaymentProcessorId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub card_payment_processor_id: Option<paygen_runtime::Uuid>,
    /// Id of the payment processor for ACH payments.
    #[serde(
        rename = "achPaymentProcessorId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ach_payment_processor_id: Option<paygen_runtime::Uuid>,
    /// `true` or `false`.
    #[serde(
        rename = "allowStaffToSetDiscountAndLineItemDiscount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub allow_staff_to_set_discount_and_line_item_discount: Option<bool>,
    /// `true` or `false`.
    #[serde(
        rename = "allowManuallyEnterLineItems",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub allow_manually_enter_line_items: Option<bool>,
    /// `true` or `false`.
    #[serde(
        rename = "isSmsNotificationAfterPaymentEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_sms_notification_after_payment_enabled: Option<bool>,
    /// `true` or `false`.
    #[serde(
        rename = "isSmsNotificationAfterPaymentFailedEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_sms_notification_after_payment_failed_enabled: Option<bool>,
    /// `true` or `false`.
    #[serde(
        rename = "canOverWriteInvoiceLineItemPrice",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_over_write_invoice_line_item_price: Option<bool>,
    /// `true` or `false`.
    #[serde(
        rename = "newZcpFeatureEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub new_zcp_feature_enabled: Option<bool>,
}
