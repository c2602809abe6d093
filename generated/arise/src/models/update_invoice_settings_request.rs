/// The `UpdateInvoiceSettingsRequest` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateInvoiceSettingsRequest {
    /// The `dueDateAfterDays` field.
    #[serde(
        rename = "dueDateAfterDays",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub due_date_after_days: Option<i32>,
    /// The `taxPercentage` field.
    #[serde(
        rename = "taxPercentage",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub tax_percentage: Option<paygen_runtime::Decimal>,
    /// The `isDiscountEnabled` field.
    #[serde(
        rename = "isDiscountEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_discount_enabled: Option<bool>,
    /// The `discountPercentage` field.
    #[serde(
        rename = "discountPercentage",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub discount_percentage: Option<paygen_runtime::Decimal>,
    /// The `isShippingFeeEnabled` field.
    #[serde(
        rename = "isShippingFeeEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_shipping_fee_enabled: Option<bool>,
    /// The `shippingFeeAmount` field.
    #[serde(
        rename = "shippingFeeAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub shipping_fee_amount: Option<paygen_runtime::Decimal>,
    /// The `isFeesEnabled` field.
    #[serde(
        rename = "isFeesEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_fees_enabled: Option<bool>,
    /// The `feesPercentage` field.
    #[serde(
        rename = "feesPercentage",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub fees_percentage: Option<paygen_runtime::Decimal>,
    /// The `notes` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// The `paymentMethodTypeId` field.
    #[serde(
        rename = "paymentMethodTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_method_type_id: Option<i32>,
    /// Identifier for the payment processor handling a card transaction.
    #[serde(
        rename = "cardPaymentProcessorId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub card_payment_processor_id: Option<paygen_runtime::Uuid>,
    /// Identifier for the automated clearing house (ACH) payment processor handling a transaction.
    #[serde(
        rename = "achPaymentProcessorId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ach_payment_processor_id: Option<paygen_runtime::Uuid>,
    /// The `allowStaffToSetDiscountAndLineItemDiscount` field.
    #[serde(
        rename = "allowStaffToSetDiscountAndLineItemDiscount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub allow_staff_to_set_discount_and_line_item_discount: Option<bool>,
    /// The `allowManuallyEnterLineItems` field.
    #[serde(
        rename = "allowManuallyEnterLineItems",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub allow_manually_enter_line_items: Option<bool>,
    /// The `isSmsNotificationAfterPaymentEnabled` field.
    #[serde(
        rename = "isSmsNotificationAfterPaymentEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_sms_notification_after_payment_enabled: Option<bool>,
    /// The `isSmsNotificationAfterPaymentFailedEnabled` field.
    #[serde(
        rename = "isSmsNotificationAfterPaymentFailedEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_sms_notification_after_payment_failed_enabled: Option<bool>,
    /// The `achAllowFasterProcessing` field.
    #[serde(
        rename = "achAllowFasterProcessing",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ach_allow_faster_processing: Option<bool>,
    /// The `canOverWriteInvoiceLineItemPrice` field.
    #[serde(
        rename = "canOverWriteInvoiceLineItemPrice",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_over_write_invoice_line_item_price: Option<bool>,
}
impl UpdateInvoiceSettingsRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            due_date_after_days: None,
            tax_percentage: None,
            is_discount_enabled: None,
            discount_percentage: None,
            is_shipping_fee_enabled: None,
            shipping_fee_amount: None,
            is_fees_enabled: None,
            fees_percentage: None,
            notes: None,
            payment_method_type_id: None,
            card_payment_processor_id: None,
            ach_payment_processor_id: None,
            allow_staff_to_set_discount_and_line_item_discount: None,
            allow_manually_enter_line_items: None,
            is_sms_notification_after_payment_enabled: None,
            is_sms_notification_after_payment_failed_enabled: None,
            ach_allow_faster_processing: None,
            can_over_write_invoice_line_item_price: None,
        }
    }
    /// Sets `dueDateAfterDays`.
    pub fn with_due_date_after_days(mut self, value: i32) -> Self {
        self.due_date_after_days = Some(value);
        self
    }
    /// Sets `taxPercentage`.
    pub fn with_tax_percentage(mut self, value: paygen_runtime::Decimal) -> Self {
        self.tax_percentage = Some(value);
        self
    }
    /// Sets `isDiscountEnabled`.
    pub fn with_is_discount_enabled(mut self, value: bool) -> Self {
        self.is_discount_enabled = Some(value);
        self
    }
    /// Sets `discountPercentage`.
    pub fn with_discount_percentage(mut self, value: paygen_runtime::Decimal) -> Self {
        self.discount_percentage = Some(value);
        self
    }
    /// Sets `isShippingFeeEnabled`.
    pub fn with_is_shipping_fee_enabled(mut self, value: bool) -> Self {
        self.is_shipping_fee_enabled = Some(value);
        self
    }
    /// Sets `shippingFeeAmount`.
    pub fn with_shipping_fee_amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.shipping_fee_amount = Some(value);
        self
    }
    /// Sets `isFeesEnabled`.
    pub fn with_is_fees_enabled(mut self, value: bool) -> Self {
        self.is_fees_enabled = Some(value);
        self
    }
    /// Sets `feesPercentage`.
    pub fn with_fees_percentage(mut self, value: paygen_runtime::Decimal) -> Self {
        self.fees_percentage = Some(value);
        self
    }
    /// Sets `notes`.
    pub fn with_notes(mut self, value: impl Into<String>) -> Self {
        self.notes = Some(value.into());
        self
    }
    /// Sets `paymentMethodTypeId`.
    pub fn with_payment_method_type_id(mut self, value: i32) -> Self {
        self.payment_method_type_id = Some(value);
        self
    }
    /// Sets `cardPaymentProcessorId`.
    pub fn with_card_payment_processor_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.card_payment_processor_id = Some(value);
        self
    }
    /// Sets `achPaymentProcessorId`.
    pub fn with_ach_payment_processor_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.ach_payment_processor_id = Some(value);
        self
    }
    /// Sets `allowStaffToSetDiscountAndLineItemDiscount`.
    pub fn with_allow_staff_to_set_discount_and_line_item_discount(mut self, value: bool) -> Self {
        self.allow_staff_to_set_discount_and_line_item_discount = Some(value);
        self
    }
    /// Sets `allowManuallyEnterLineItems`.
    pub fn with_allow_manually_enter_line_items(mut self, value: bool) -> Self {
        self.allow_manually_enter_line_items = Some(value);
        self
    }
    /// Sets `isSmsNotificationAfterPaymentEnabled`.
    pub fn with_is_sms_notification_after_payment_enabled(mut self, value: bool) -> Self {
        self.is_sms_notification_after_payment_enabled = Some(value);
        self
    }
    /// Sets `isSmsNotificationAfterPaymentFailedEnabled`.
    pub fn with_is_sms_notification_after_payment_failed_enabled(mut self, value: bool) -> Self {
        self.is_sms_notification_after_payment_failed_enabled = Some(value);
        self
    }
    /// Sets `achAllowFasterProcessing`.
    pub fn with_ach_allow_faster_processing(mut self, value: bool) -> Self {
        self.ach_allow_faster_processing = Some(value);
        self
    }
    /// Sets `canOverWriteInvoiceLineItemPrice`.
    pub fn with_can_over_write_invoice_line_item_price(mut self, value: bool) -> Self {
        self.can_over_write_invoice_line_item_price = Some(value);
        self
    }
}
