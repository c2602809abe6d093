/// An object with the properties `dueDate`, `cardPaymentProcessorId`, `achPaymentProcessorId`, `additionalNotes`, `shippingAmount`, `taxPercentage`, `feesPercentage`, `discountPercentage` and 7 more.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct PublishInvoiceRequest {
    /// When the invoice is due (ISO 8601, UTC or with offset).
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "dueDate",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub due_date: paygen_runtime::Nullable<paygen_runtime::DateTime>,
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
    /// Text.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "additionalNotes",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub additional_notes: paygen_runtime::Nullable<String>,
    /// A decimal amount.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "shippingAmount",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub shipping_amount: paygen_runtime::Nullable<paygen_runtime::Decimal>,
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
    /// A UUID.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "merchantContactInfoId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub merchant_contact_info_id: paygen_runtime::Nullable<paygen_runtime::Uuid>,
    /// Customer identifier.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "customerId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub customer_id: paygen_runtime::Nullable<paygen_runtime::Uuid>,
    /// `true` or `false`.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "achAllowFasterProcessing",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub ach_allow_faster_processing: paygen_runtime::Nullable<bool>,
    /// An object with the properties `firstName`, `lastName`, `companyName`, `email`, `mobilePhoneNumber`, `isMobileNumberSmsNotificationsEnabled`, `useBillingAsShippingAddress`, `billingAddress` and 1 more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<super::InvoiceCustomerDto>,
    /// A list of objects with the properties `id`, `lineItemId`, `unitTypeId`, `productName`, `description`, `sku`, `unitPrice`, `quantity` and 2 more.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "lineItems",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub line_items: paygen_runtime::Nullable<Vec<super::InvoiceLineItemDto>>,
    /// `true` or `false`.
    #[serde(
        rename = "canPriceBeForceOverrided",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_price_be_force_overrided: Option<bool>,
    /// A UUID.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub id: paygen_runtime::Nullable<paygen_runtime::Uuid>,
}

impl PublishInvoiceRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            due_date: paygen_runtime::Nullable::Absent,
            card_payment_processor_id: paygen_runtime::Nullable::Absent,
            ach_payment_processor_id: paygen_runtime::Nullable::Absent,
            additional_notes: paygen_runtime::Nullable::Absent,
            shipping_amount: paygen_runtime::Nullable::Absent,
            tax_percentage: paygen_runtime::Nullable::Absent,
            fees_percentage: paygen_runtime::Nullable::Absent,
            discount_percentage: paygen_runtime::Nullable::Absent,
            merchant_contact_info_id: paygen_runtime::Nullable::Absent,
            customer_id: paygen_runtime::Nullable::Absent,
            ach_allow_faster_processing: paygen_runtime::Nullable::Absent,
            customer: None,
            line_items: paygen_runtime::Nullable::Absent,
            can_price_be_force_overrided: None,
            id: paygen_runtime::Nullable::Absent,
        }
    }

    /// Property `dueDate`: When the invoice is due (ISO 8601, UTC or with offset).
    pub fn due_date(mut self, value: paygen_runtime::DateTime) -> Self {
        self.due_date = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `dueDate` as `null`.
    pub fn clear_due_date(mut self) -> Self {
        self.due_date = paygen_runtime::Nullable::Null;
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

    /// Property `additionalNotes`: Text.
    pub fn additional_notes(mut self, value: impl Into<String>) -> Self {
        self.additional_notes = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `additionalNotes` as `null`.
    pub fn clear_additional_notes(mut self) -> Self {
        self.additional_notes = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `shippingAmount`: A decimal amount.
    pub fn shipping_amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.shipping_amount = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `shippingAmount` as `null`.
    pub fn clear_shipping_amount(mut self) -> Self {
        self.shipping_amount = paygen_runtime::Nullable::Null;
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

    /// Property `merchantContactInfoId`: A UUID.
    pub fn merchant_contact_info_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.merchant_contact_info_id = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `merchantContactInfoId` as `null`.
    pub fn clear_merchant_contact_info_id(mut self) -> Self {
        self.merchant_contact_info_id = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `customerId`: Customer identifier.
    pub fn customer_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.customer_id = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `customerId` as `null`.
    pub fn clear_customer_id(mut self) -> Self {
        self.customer_id = paygen_runtime::Nullable::Null;
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

    /// Property `customer`: An object with the properties `firstName`, `lastName`, `companyName`, `email`, `mobilePhoneNumber`, `isMobileNumberSmsNotificationsEnabled`, `useBillingAsShippingAddress`, `billingAddress` and 1 more.
    pub fn customer(mut self, value: super::InvoiceCustomerDto) -> Self {
        self.customer = Some(value);
        self
    }

    /// Property `lineItems`: A list of objects with the properties `id`, `lineItemId`, `unitTypeId`, `productName`, `description`, `sku`, `unitPrice`, `quantity` and 2 more.
    pub fn line_items(mut self, value: Vec<super::InvoiceLineItemDto>) -> Self {
        self.line_items = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `lineItems` as `null`.
    pub fn clear_line_items(mut self) -> Self {
        self.line_items = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `canPriceBeForceOverrided`: `true` or `false`.
    pub fn can_price_be_force_overrided(mut self, value: bool) -> Self {
        self.can_price_be_force_overrided = Some(value);
        self
    }

    /// Property `id`: A UUID.
    pub fn id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.id = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `id` as `null`.
    pub fn clear_id(mut self) -> Self {
        self.id = paygen_runtime::Nullable::Null;
        self
    }
}
