/// An object with the properties `id`, `paymentProcessorId`, `date`, `baseAmount`, `totalAmount`, `surchargeAmount`, `surchargePercentage`, `currencyCode` and 21 more.
#[derive(Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetIsvTransactionsResponse {
    /// Transaction identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// A UUID.
    #[serde(
        rename = "paymentProcessorId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_processor_id: Option<paygen_runtime::Uuid>,
    /// When the transaction happened (ISO 8601, UTC or with offset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<paygen_runtime::DateTime>,
    /// Amount in USD before any discount, surcharge or tip.
    #[serde(
        rename = "baseAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub base_amount: Option<paygen_runtime::Decimal>,
    /// Transaction's total amount.
    #[serde(
        rename = "totalAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub total_amount: Option<paygen_runtime::Decimal>,
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
    /// ISO 4217 three-letter currency code.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub currency_code: Option<String>,
    /// Aurora currency identifier.
    #[serde(
        rename = "currencyId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub currency_id: Option<i32>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant: Option<String>,
    /// A UUID.
    #[serde(
        rename = "merchantId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_id: Option<paygen_runtime::Uuid>,
    /// Text.
    #[serde(
        rename = "operationMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub operation_mode: Option<String>,
    /// Text.
    #[serde(
        rename = "paymentMethodType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_method_type: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "paymentMethodTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_method_type_id: Option<i32>,
    /// Text.
    #[serde(
        rename = "paymentMethodName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_method_name: Option<String>,
    /// Text.
    #[serde(
        rename = "customerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_name: Option<String>,
    /// Text.
    #[serde(
        rename = "customerCompany",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_company: Option<String>,
    /// Text.
    #[serde(
        rename = "customerPan",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_pan: Option<String>,
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.TokenType).
    #[serde(
        rename = "cardTokenType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub card_token_type: Option<super::TokenType>,
    /// Text.
    #[serde(
        rename = "customerEmail",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_email: Option<String>,
    /// Customer's phone number. E.164 phone number.
    ///
    /// Pattern: `^(null|\+\d{1,20})$`.
    #[serde(
        rename = "customerPhone",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_phone: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// A 32-bit integer.
    #[serde(rename = "statusId", default, skip_serializing_if = "Option::is_none")]
    pub status_id: Option<i32>,
    /// A 32-bit integer.
    #[serde(rename = "typeId", default, skip_serializing_if = "Option::is_none")]
    pub type_id: Option<i32>,
    /// Text.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// A UUID.
    #[serde(rename = "batchId", default, skip_serializing_if = "Option::is_none")]
    pub batch_id: Option<paygen_runtime::Uuid>,
    /// An object with the properties `typeId`, `type`, `id` and `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<super::SourceResponseDto>,
    /// A list of objects with the properties `typeId`, `type`, `availableAmount` and `suggestedTips`.
    #[serde(
        rename = "availableOperations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub available_operations: Option<Vec<super::AvailableOperation>>,
    /// Amount breakdown of the transaction. Documented as non-nullable, but the vendor's own response samples send null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<super::AmountDto>,
}

impl std::fmt::Debug for GetIsvTransactionsResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetIsvTransactionsResponse")
            .field("id", &self.id)
            .field("payment_processor_id", &self.payment_processor_id)
            .field("date", &self.date)
            .field("base_amount", &self.base_amount)
            .field("total_amount", &self.total_amount)
            .field("surcharge_amount", &self.surcharge_amount)
            .field("surcharge_percentage", &self.surcharge_percentage)
            .field("currency_code", &self.currency_code)
            .field("currency_id", &self.currency_id)
            .field("merchant", &self.merchant)
            .field("merchant_id", &self.merchant_id)
            .field("operation_mode", &self.operation_mode)
            .field("payment_method_type", &self.payment_method_type)
            .field("payment_method_type_id", &self.payment_method_type_id)
            .field("payment_method_name", &self.payment_method_name)
            .field("customer_name", &self.customer_name)
            .field("customer_company", &self.customer_company)
            .field(
                "customer_pan",
                &paygen_runtime::redact::Redacted::last4(&self.customer_pan),
            )
            .field("card_token_type", &self.card_token_type)
            .field("customer_email", &self.customer_email)
            .field("customer_phone", &self.customer_phone)
            .field("status", &self.status)
            .field("status_id", &self.status_id)
            .field("type_id", &self.type_id)
            .field("type_", &self.type_)
            .field("batch_id", &self.batch_id)
            .field("source", &self.source)
            .field("available_operations", &self.available_operations)
            .field("amount", &self.amount)
            .finish()
    }
}
