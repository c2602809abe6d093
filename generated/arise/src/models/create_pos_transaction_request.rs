/// The `CreatePosTransactionRequest` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreatePosTransactionRequest {
    /// Total transaction amount (in USD). Documented as number &lt;integer&gt;, but the example carries cents; modelled as a decimal.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub amount: Option<paygen_runtime::Decimal>,
    /// Aurora currency identifier.
    #[serde(
        rename = "currencyId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub currency_id: Option<i32>,
    /// External POS (point of sale) device identifier.
    #[serde(rename = "posDeviceId")]
    pub pos_device_id: String,
    /// Terminal identifier.
    #[serde(rename = "terminalId")]
    pub terminal_id: paygen_runtime::Uuid,
    /// Aurora-defined integer enumeration (PosService.Contracts.TransactionType).
    #[serde(rename = "transactionTypeId")]
    pub transaction_type_id: super::PosTransactionType,
    /// Long polling response mode.
    #[serde(rename = "waitForAcceptanceByTerminal")]
    pub wait_for_acceptance_by_terminal: bool,
    /// To show popup about saving customer payment method information on the terminal.
    #[serde(rename = "requestPaymentMethodStorageConsent")]
    pub request_payment_method_storage_consent: bool,
    /// Transaction identifier.
    #[serde(
        rename = "targetTransactionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_transaction_id: Option<paygen_runtime::Uuid>,
    /// External transaction reference identifier.
    #[serde(
        rename = "referenceId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reference_id: Option<String>,
    /// Set the type of price being sent in the amount parameter.
    #[serde(
        rename = "useCardPrice",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub use_card_price: Option<bool>,
    /// Set the Payment Processor ID to be used in the transaction. If not provided, it will use the merchant’s default processor.
    #[serde(
        rename = "paymentProcessorId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_processor_id: Option<paygen_runtime::Uuid>,
    /// Customer identifier.
    #[serde(
        rename = "customerId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_id: Option<paygen_runtime::Uuid>,
    /// Set the card reading method for the transaction.
    #[serde(
        rename = "readingMethodId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reading_method_id: Option<super::PosTransactionReadingMethod>,
}
