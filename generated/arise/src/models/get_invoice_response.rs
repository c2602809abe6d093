/// The `GetInvoiceResponse` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetInvoiceResponse {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// The `number` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Aurora-defined integer enumeration (PaymentIntegrations.Contracts.Enums.InvoiceStatus).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<super::InvoiceStatus>,
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
    /// The `cardPaymentProcessorId` field.
    #[serde(
        rename = "cardPaymentProcessorId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub card_payment_processor_id: Option<paygen_runtime::Uuid>,
    /// The `achPaymentProcessorId` field.
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
    /// The `subTotalAmount` field.
    #[serde(
        rename = "subTotalAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub sub_total_amount: Option<paygen_runtime::Decimal>,
    /// The `shippingAmount` field.
    #[serde(
        rename = "shippingAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub shipping_amount: Option<paygen_runtime::Decimal>,
    /// Transaction's total amount.
    #[serde(
        rename = "totalAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub total_amount: Option<paygen_runtime::Decimal>,
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
    /// Surcharge in USD, when one applies.
    #[serde(
        rename = "surchargeAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub surcharge_amount: Option<paygen_runtime::Decimal>,
    /// Surcharge percentage.
    #[serde(
        rename = "surchargePercentage",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub surcharge_percentage: Option<paygen_runtime::Decimal>,
    /// Cash (or cash-equivalent) discount in USD.
    #[serde(
        rename = "cashDiscountAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub cash_discount_amount: Option<paygen_runtime::Decimal>,
    /// Cash (or cash-equivalent) discount, as a percentage.
    #[serde(
        rename = "cashDiscountPercentage",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub cash_discount_percentage: Option<paygen_runtime::Decimal>,
    /// The `paymentMethodTypeId` field.
    #[serde(
        rename = "paymentMethodTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_method_type_id: Option<i32>,
    /// The `merchantId` field.
    #[serde(
        rename = "merchantId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_id: Option<paygen_runtime::Uuid>,
    /// The `merchantContactInfoId` field.
    #[serde(
        rename = "merchantContactInfoId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_contact_info_id: Option<paygen_runtime::Uuid>,
    /// The `merchantContactInfo` field.
    #[serde(
        rename = "merchantContactInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_contact_info: Option<super::InvoiceMerchantContactInfoDto>,
    /// Customer identifier.
    #[serde(
        rename = "customerId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_id: Option<paygen_runtime::Uuid>,
    /// The `customer` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<super::InvoiceCustomerDto>,
    /// The `lineItems` field.
    #[serde(rename = "lineItems", default, skip_serializing_if = "Option::is_none")]
    pub line_items: Option<Vec<super::InvoiceLineItemDto>>,
    /// The `isCustomerUpdated` field.
    #[serde(
        rename = "isCustomerUpdated",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_customer_updated: Option<bool>,
    /// The `isLineItemsUpdated` field.
    #[serde(
        rename = "isLineItemsUpdated",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_line_items_updated: Option<bool>,
    /// The `fullUrl` field.
    #[serde(rename = "fullUrl", default, skip_serializing_if = "Option::is_none")]
    pub full_url: Option<String>,
    /// The `shortUrl` field.
    #[serde(rename = "shortUrl", default, skip_serializing_if = "Option::is_none")]
    pub short_url: Option<String>,
    /// The `markedAsPaid` field.
    #[serde(
        rename = "markedAsPaid",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub marked_as_paid: Option<bool>,
    /// The `transactionId` field.
    #[serde(
        rename = "transactionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_id: Option<paygen_runtime::Uuid>,
    /// The `achAllowFasterProcessing` field.
    #[serde(
        rename = "achAllowFasterProcessing",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ach_allow_faster_processing: Option<bool>,
    /// The `history` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history: Option<Vec<super::InvoiceHistoryDto>>,
    /// Zero-cost processing option of the invoice; set once it is Published or Paid.
    #[serde(
        rename = "zeroCostProcessingOptionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub zero_cost_processing_option_id: Option<i32>,
    /// Name of the zero-cost processing option.
    #[serde(
        rename = "zeroCostProcessingOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub zero_cost_processing_option: Option<String>,
    /// Only for the DualPricing option, once the invoice is Published or Paid: true when the card price applies, false for the cash price; null for other options.
    #[serde(
        rename = "useCardPrice",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub use_card_price: Option<bool>,
    /// The `invoiceCalculations` field.
    #[serde(
        rename = "invoiceCalculations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invoice_calculations: Option<super::InvoiceCalculationsDto>,
}
