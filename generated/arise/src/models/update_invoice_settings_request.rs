/// An object with the properties `dueDateAfterDays`, `taxPercentage`, `isDiscountEnabled`, `discountPercentage`, `isShippingFeeEnabled`, `shippingFeeAmount`, `isFeesEnabled`, `feesPercentage` and 10 more.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct UpdateInvoiceSettingsRequest {
    /// A 32-bit integer.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "dueDateAfterDays",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub due_date_after_days: paygen_runtime::Nullable<i32>,
    /// A decimal amount.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "taxPercentage",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub tax_percentage: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// `true` or `false`.
    #[serde(
        rename = "isDiscountEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_discount_enabled: Option<bool>,
    /// A decimal amount.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "discountPercentage",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub discount_percentage: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// `true` or `false`.
    #[serde(
        rename = "isShippingFeeEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_shipping_fee_enabled: Option<bool>,
    /// A decimal amount.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "shippingFeeAmount",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub shipping_fee_amount: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// `true` or `false`.
    #[serde(
        rename = "isFeesEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_fees_enabled: Option<bool>,
    /// A decimal amount.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "feesPercentage",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub fees_percentage: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// Text.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub notes: paygen_runtime::Nullable<String>,
    /// A 32-bit integer.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "paymentMethodTypeId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub payment_method_type_id: paygen_runtime::Nullable<i32>,
    /// Id of the payment processor for card payments.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "cardPaymentProcessorId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub card_payment_processor_id: paygen_runtime::Nullable<paygen_runtime::Uuid>,
    /// Id of the payment processor for ACH payments.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "achPaymentProcessorId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub ach_payment_processor_id: paygen_runtime::Nullable<paygen_runtime::Uuid>,
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
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "achAllowFasterProcessing",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub ach_allow_faster_processing: paygen_runtime::Nullable<bool>,
    /// `true` or `false`.
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
            due_date_after_days: paygen_runtime::Nullable::Absent,
            tax_percentage: paygen_runtime::Nullable::Absent,
            is_discount_enabled: None,
            discount_percentage: paygen_runtime::Nullable::Absent,
            is_shipping_fee_enabled: None,
            shipping_fee_amount: paygen_runtime::Nullable::Absent,
            is_fees_enabled: None,
            fees_percentage: paygen_runtime::Nullable::Absent,
            notes: paygen_runtime::Nullable::Absent,
            payment_method_type_id: paygen_runtime::Nullable::Absent,
            card_payment_processor_id: paygen_runtime::Nullable::Absent,
            ach_payment_processor_id: paygen_runtime::Nullable::Absent,
            allow_staff_to_set_discount_and_line_item_discount: None,
            allow_manually_enter_line_items: None,
            is_sms_notification_after_payment_enabled: None,
            is_sms_notification_after_payment_failed_enabled: None,
            ach_allow_faster_processing: paygen_runtime::Nullable::Absent,
            can_over_write_invoice_line_item_price: None,
        }
    }

    /// Property `dueDateAfterDays`: A 32-bit integer.
    pub fn due_date_after_days(mut self, value: i32) -> Self {
        self.due_date_after_days = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `dueDateAfterDays` as `null`.
    pub fn clear_due_date_after_days(mut self) -> Self {
        self.due_date_after_days = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `taxPercentage`: A decimal amount.
    pub fn tax_percentage(mut self, value: paygen_runtime::Decimal) -> Self {
        self.tax_percentage = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `taxPercentage` as `null`.
    pub fn clear_tax_percentage(mut self) -> Self {
        self.tax_percentage = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `isDiscountEnabled`: `true` or `false`.
    pub fn is_discount_enabled(mut self, value: bool) -> Self {
        self.is_discount_enabled = Some(value);
        self
    }

    /// Property `discountPercentage`: A decimal amount.
    pub fn discount_percentage(mut self, value: paygen_runtime::Decimal) -> Self {
        self.discount_percentage = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `discountPercentage` as `null`.
    pub fn clear_discount_percentage(mut self) -> Self {
        self.discount_percentage = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `isShippingFeeEnabled`: `true` or `false`.
    pub fn is_shipping_fee_enabled(mut self, value: bool) -> Self {
        self.is_shipping_fee_enabled = Some(value);
        self
    }

    /// Property `shippingFeeAmount`: A decimal amount.
    pub fn shipping_fee_amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.shipping_fee_amount = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `shippingFeeAmount` as `null`.
    pub fn clear_shipping_fee_amount(mut self) -> Self {
        self.shipping_fee_amount = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `isFeesEnabled`: `true` or `false`.
    pub fn is_fees_enabled(mut self, value: bool) -> Self {
        self.is_fees_enabled = Some(value);
        self
    }

    /// Property `feesPercentage`: A decimal amount.
    pub fn fees_percentage(mut self, value: paygen_runtime::Decimal) -> Self {
        self.fees_percentage = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `feesPercentage` as `null`.
    pub fn clear_fees_percentage(mut self) -> Self {
        self.fees_percentage = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `notes`: Text.
    pub fn notes(mut self, value: impl Into<String>) -> Self {
        self.notes = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `notes` as `null`.
    pub fn clear_notes(mut self) -> Self {
        self.notes = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `paymentMethodTypeId`: A 32-bit integer.
    pub fn payment_method_type_id(mut self, value: i32) -> Self {
        self.payment_method_type_id = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `paymentMethodTypeId` as `null`.
    pub fn clear_payment_method_type_id(mut self) -> Self {
        self.payment_method_type_id = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `cardPaymentProcessorId`: Id of the payment processor for card payments.
    pub fn card_payment_processor_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.card_payment_processor_id = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `cardPaymentProcessorId` as `null`.
    pub fn clear_card_payment_processor_id(mut self) -> Self {
        self.card_payment_processor_id = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `achPaymentProcessorId`: Id of the payment processor for ACH payments.
    pub fn ach_payment_processor_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.ach_payment_processor_id = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `achPaymentProcessorId` as `null`.
    pub fn clear_ach_payment_processor_id(mut self) -> Self {
        self.ach_payment_processor_id = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `allowStaffToSetDiscountAndLineItemDiscount`: `true` or `false`.
    pub fn allow_staff_to_set_discount_and_line_item_discount(mut self, value: bool) -> Self {
        self.allow_staff_to_set_discount_and_line_item_discount = Some(value);
        self
    }

    /// Property `allowManuallyEnterLineItems`: `true` or `false`.
    pub fn allow_manually_enter_line_items(mut self, value: bool) -> Self {
        self.allow_manually_enter_line_items = Some(value);
        self
    }

    /// Property `isSmsNotificationAfterPaymentEnabled`: `true` or `false`.
    pub fn is_sms_notification_after_payment_enabled(mut self, value: bool) -> Self {
        self.is_sms_notification_after_payment_enabled = Some(value);
        self
    }

    /// Property `isSmsNotificationAfterPaymentFailedEnabled`: `true` or `false`.
    pub fn is_sms_notification_after_payment_failed_enabled(mut self, value: bool) -> Self {
        self.is_sms_notification_after_payment_failed_enabled = Some(value);
        self
    }

    /// Property `achAllowFasterProcessing`: `true` or `false`.
    pub fn ach_allow_faster_processing(mut self, value: bool) -> Self {
        self.ach_allow_faster_processing = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `achAllowFasterProcessing` as `null`.
    pub fn clear_ach_allow_faster_processing(mut self) -> Self {
        self.ach_allow_faster_processing = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `canOverWriteInvoiceLineItemPrice`: `true` or `false`.
    pub fn can_over_write_invoice_line_item_price(mut self, value: bool) -> Self {
        self.can_over_write_invoice_line_item_price = Some(value);
        self
    }
}
