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
