/// The `CreateInvoiceRequest` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateInvoiceRequest {
    /// Date-time (in an ISO 8601 date-time UTC or time zone offset format) the invoice is due.
    #[serde(rename = "dueDate", default, skip_serializing_if = "Option::is_none")]
    pub due_date: Option<paygen_runtime::DateTime>,
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
    /// The `additionalNotes` field.
    #[serde(
        rename = "additionalNotes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub additional_notes: Option<String>,
    /// The `shippingAmount` field.
    #[serde(
        rename = "shippingAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub shipping_amount: Option<paygen_runtime::Decimal>,
    /// The `taxPercentage` field.
    #[serde(
        rename = "taxPercentage",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub tax_percentage: Option<paygen_runtime::Decimal>,
    /// The `feesPercentage` field.
    #[serde(
        rename = "feesPercentage",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub fees_percentage: Option<paygen_runtime::Decimal>,
    /// The `discountPercentage` field.
    #[serde(
        rename = "discountPercentage",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub discount_percentage: Option<paygen_runtime::Decimal>,
    /// The `merchantContactInfoId` field.
    #[serde(
        rename = "merchantContactInfoId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_contact_info_id: Option<paygen_runtime::Uuid>,
    /// Customer identifier.
    #[serde(
        rename = "customerId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_id: Option<paygen_runtime::Uuid>,
    /// The `achAllowFasterProcessing` field.
    #[serde(
        rename = "achAllowFasterProcessing",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ach_allow_faster_processing: Option<bool>,
    /// The `customer` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<super::InvoiceCustomerDto>,
    /// The `lineItems` field.
    #[serde(rename = "lineItems", default, skip_serializing_if = "Option::is_none")]
    pub line_items: Option<Vec<super::InvoiceLineItemDto>>,
    /// The `canPriceBeForceOverrided` field.
    #[serde(
        rename = "canPriceBeForceOverrided",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_price_be_force_overrided: Option<bool>,
}
impl CreateInvoiceRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            due_date: None,
            card_payment_processor_id: None,
            ach_payment_processor_id: None,
            additional_notes: None,
            shipping_amount: None,
            tax_percentage: None,
            fees_percentage: None,
            discount_percentage: None,
            merchant_contact_info_id: None,
            customer_id: None,
            ach_allow_faster_processing: None,
            customer: None,
            line_items: None,
            can_price_be_force_overrided: None,
        }
    }
    /// Sets `dueDate`.
    pub fn with_due_date(mut self, value: paygen_runtime::DateTime) -> Self {
        self.due_date = Some(value);
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
    /// Sets `additionalNotes`.
    pub fn with_additional_notes(mut self, value: impl Into<String>) -> Self {
        self.additional_notes = Some(value.into());
        self
    }
    /// Sets `shippingAmount`.
    pub fn with_shipping_amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.shipping_amount = Some(value);
        self
    }
    /// Sets `taxPercentage`.
    pub fn with_tax_percentage(mut self, value: paygen_runtime::Decimal) -> Self {
        self.tax_percentage = Some(value);
        self
    }
    /// Sets `feesPercentage`.
    pub fn with_fees_percentage(mut self, value: paygen_runtime::Decimal) -> Self {
        self.fees_percentage = Some(value);
        self
    }
    /// Sets `discountPercentage`.
    pub fn with_discount_percentage(mut self, value: paygen_runtime::Decimal) -> Self {
        self.discount_percentage = Some(value);
        self
    }
    /// Sets `merchantContactInfoId`.
    pub fn with_merchant_contact_info_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.merchant_contact_info_id = Some(value);
        self
    }
    /// Sets `customerId`.
    pub fn with_customer_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.customer_id = Some(value);
        self
    }
    /// Sets `achAllowFasterProcessing`.
    pub fn with_ach_allow_faster_processing(mut self, value: bool) -> Self {
        self.ach_allow_faster_processing = Some(value);
        self
    }
    /// Sets `customer`.
    pub fn with_customer(mut self, value: super::InvoiceCustomerDto) -> Self {
        self.customer = Some(value);
        self
    }
    /// Sets `lineItems`.
    pub fn with_line_items(mut self, value: Vec<super::InvoiceLineItemDto>) -> Self {
        self.line_items = Some(value);
        self
    }
    /// Sets `canPriceBeForceOverrided`.
    pub fn with_can_price_be_force_overrided(mut self, value: bool) -> Self {
        self.can_price_be_force_overrided = Some(value);
        self
    }
}
