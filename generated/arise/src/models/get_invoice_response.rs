/// An object with the properties `id`, `number`, `status`, `issueDate`, `dueDate`, `paymentDate`, `cardPaymentProcessorId`, `achPaymentProcessorId` and 30 more.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetInvoiceResponse {
    /// A UUID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// Text.
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
    /// A UUID.
    #[serde(
        rename = "cardPaymentProcessorId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub card_payment_processor_id: Option<paygen_runtime::Uuid>,
    /// A UUID.
    #[serde(
        rename = "achPaymentProcessorId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ach_payment_processor_id: Option<paygen_runtime::Uuid>,
    /// Text.
    #[serde(
        rename = "additionalNotes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub additional_notes: Option<String>,
    /// A decimal amount.
    #[serde(
        rename = "subTotalAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub sub_total_amount: Option<paygen_runtime::Decimal>,
    /// A decimal amount.
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
    /// A decimal amount.
    #[serde(
        rename = "taxPercentage",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub tax_percentage: Option<paygen_runtime::Decimal>,
    /// A decimal amount.
    #[serde(
        rename = "feesPercentage",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub fees_percentage: Option<paygen_runtime::Decimal>,
    /// A decimal amount.
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
    /// A 32-bit integer.
    #[serde(
        rename = "paymentMethodTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_method_type_id: Option<i32>,
    /// A UUID.
    #[serde(
        rename = "merchantId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_id: Option<paygen_runtime::Uuid>,
    /// A UUID.
    #[serde(
        rename = "merchantContactInfoId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_contact_info_id: Option<paygen_runtime::Uuid>,
    /// An object with the properties `addressLine1`, `addressLine2`, `city`, `zip`, `countryId`, `stateId`, `stateName`, `email` and 1 more.
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
    /// An object with the properties `firstName`, `lastName`, `companyName`, `email`, `mobilePhoneNumber`, `isMobileNumberSmsNotificationsEnabled`, `useBillingAsShippingAddress`, `billingAddress` and 1 more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<super::InvoiceCustomerDto>,
    /// A list of objects with the properties `id`, `lineItemId`, `unitTypeId`, `productName`, `description`, `sku`, `unitPrice`, `quantity` and 2 more.
    #[serde(rename = "lineItems", default, skip_serializing_if = "Option::is_none")]
    pub line_items: Option<Vec<super::InvoiceLineItemDto>>,
    /// `true` or `false`.
    #[serde(
        rename = "isCustomerUpdated",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_customer_updated: Option<bool>,
    /// `true` or `false`.
    #[serde(
        rename = "isLineItemsUpdated",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_line_items_updated: Option<bool>,
    /// Text.
    #[serde(rename = "fullUrl", default, skip_serializing_if = "Option::is_none")]
    pub full_url: Option<String>,
    /// Text.
    #[serde(rename = "shortUrl", default, skip_serializing_if = "Option::is_none")]
    pub short_url: Option<String>,
    /// `true` or `false`.
    #[serde(
        rename = "markedAsPaid",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub marked_as_paid: Option<bool>,
    /// A UUID.
    #[serde(
        rename = "transactionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_id: Option<paygen_runtime::Uuid>,
    /// `true` or `false`.
    #[serde(
        rename = "achAllowFasterProcessing",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ach_allow_faster_processing: Option<bool>,
    /// A list of objects with the properties `id`, `invoiceId`, `typeId`, `typeName`, `errorCode`, `errorMessage`, `notificationId`, `notificationType` and 7 more.
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
    /// An object with the properties `debitCard`, `creditCard` and `ach`.
    #[serde(
        rename = "invoiceCalculations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invoice_calculations: Option<super::InvoiceCalculationsDto>,
}
