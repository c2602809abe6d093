/// An object with the properties `transactionReceiptUrl`, `transactionReceiptShortUrl`, `source`, `transactionReceipt`, `id`, `paymentProcessorId`, `date`, `amount` and 37 more.
#[derive(Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetPaymentSessionTransactionDetails {
    /// Link to the receipt.
    #[serde(
        rename = "transactionReceiptUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_receipt_url: Option<String>,
    /// Short link to the receipt.
    #[serde(
        rename = "transactionReceiptShortUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_receipt_short_url: Option<String>,
    /// An object with the properties `typeId`, `type`, `id`, `name` and `version`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<super::TransactionSourceResponseDto>,
    /// Receipt of the transaction; null or empty until the transaction completes.
    #[serde(
        rename = "transactionReceipt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_receipt: Option<super::TransactionReceiptDto>,
    /// Transaction identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// Payment processor identifier.
    #[serde(
        rename = "paymentProcessorId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_processor_id: Option<paygen_runtime::Uuid>,
    /// When the transaction happened (ISO 8601, UTC or with offset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<paygen_runtime::DateTime>,
    /// An object with the properties `baseAmount`, `percentageOffAmount`, `percentageOffRate`, `cashDiscountAmount`, `cashDiscountRate`, `cashDiscountPercentage`, `surchargeAmount`, `surchargeRate` and 5 more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<super::AmountDto>,
    /// Currency id (1 = USD).
    #[serde(
        rename = "currencyId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub currency_id: Option<i32>,
    /// ISO 4217 three-letter currency code.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub currency_code: Option<String>,
    /// Creator of the transaction.
    #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Merchant creating the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant: Option<String>,
    /// Merchant identifier of the transaction.
    #[serde(
        rename = "merchantId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_id: Option<paygen_runtime::Uuid>,
    /// Processor identifier.
    #[serde(
        rename = "processorId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub processor_id: Option<paygen_runtime::Uuid>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub processor: Option<String>,
    /// Operation mode.
    #[serde(
        rename = "operationMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub operation_mode: Option<String>,
    /// Processor identifier.
    #[serde(
        rename = "paymentMethodTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_method_type_id: Option<i32>,
    /// Text.
    #[serde(
        rename = "paymentMethodType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_method_type: Option<String>,
    /// Text.
    #[serde(
        rename = "paymentMethodName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_method_name: Option<String>,
    /// Customer identifier.
    #[serde(
        rename = "customerId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_id: Option<paygen_runtime::Uuid>,
    /// Text.
    #[serde(
        rename = "customerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_name: Option<String>,
    /// Customer name.
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
    /// Customer's email.
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
    /// Session status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Session status identifier.
    #[serde(rename = "statusId", default, skip_serializing_if = "Option::is_none")]
    pub status_id: Option<i32>,
    /// Response code regarding the transaction.
    #[serde(
        rename = "responseCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub response_code: Option<String>,
    /// Text that goes with the response code.
    #[serde(
        rename = "responseMessage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub response_message: Option<String>,
    /// Free text that explains the result.
    #[serde(
        rename = "responseDescription",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub response_description: Option<String>,
    /// Text.
    #[serde(
        rename = "avsResponseCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub avs_response_code: Option<String>,
    /// A list; each item: text.
    #[serde(
        rename = "availableStates",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub available_states: Option<Vec<String>>,
    /// Transaction was refunded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refunded: Option<bool>,
    /// Text.
    #[serde(rename = "cardType", default, skip_serializing_if = "Option::is_none")]
    pub card_type: Option<String>,
    /// A 32-bit integer.
    #[serde(rename = "typeId", default, skip_serializing_if = "Option::is_none")]
    pub type_id: Option<i32>,
    /// Text.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Credit or debit type identifier.
    #[serde(
        rename = "creditDebitTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_debit_type_id: Option<super::CreditDebitType>,
    /// Credit or debit type.
    #[serde(
        rename = "creditDebitTypeType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_debit_type_type: Option<String>,
    /// Text.
    #[serde(rename = "authCode", default, skip_serializing_if = "Option::is_none")]
    pub auth_code: Option<String>,
    /// Merchant id (MID) used for the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mid: Option<String>,
    /// Terminal id (TID) used for the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tid: Option<String>,
    /// Text.
    #[serde(
        rename = "referenceId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reference_id: Option<String>,
    /// A list of objects with the properties `typeId`, `type`, `availableAmount` and `suggestedTips`.
    #[serde(
        rename = "availableOperations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub available_operations: Option<Vec<super::TransactionOperation>>,
    /// An object with the properties `actionId`, `action`, `responseCode`, `groupId`, `group`, `resultId`, `result` and `codeDescription`.
    #[serde(
        rename = "avsResponse",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub avs_response: Option<super::AvsResponseDto>,
    /// A list of objects with the properties `id`, `transactionDateTime`, `transactionAmount`, `transactionTypeId`, `transactionType`, `transactionStatusId` and `transactionStatus`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub histories: Option<Vec<super::History>>,
}

impl std::fmt::Debug for GetPaymentSessionTransactionDetails {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetPaymentSessionTransactionDetails")
            .field("transaction_receipt_url", &self.transaction_receipt_url)
            .field(
                "transaction_receipt_short_url",
                &self.transaction_receipt_short_url,
            )
            .field("source", &self.source)
            .field("transaction_receipt", &self.transaction_receipt)
            .field("id", &self.id)
            .field("payment_processor_id", &self.payment_processor_id)
            .field("date", &self.date)
            .field("amount", &self.amount)
            .field("currency_id", &self.currency_id)
            .field("currency_code", &self.currency_code)
            .field("created_by", &self.created_by)
            .field("merchant", &self.merchant)
            .field("merchant_id", &self.merchant_id)
            .field("processor_id", &self.processor_id)
            .field("processor", &self.processor)
            .field("operation_mode", &self.operation_mode)
            .field("payment_method_type_id", &self.payment_method_type_id)
            .field("payment_method_type", &self.payment_method_type)
            .field("payment_method_name", &self.payment_method_name)
            .field("customer_id", &self.customer_id)
            .field("customer_name", &self.customer_name)
            .field("customer_company", &self.customer_company)
            .field(
                "customer_pan",
                &paygen_runtime::redact::Redacted::last4(&self.customer_pan),
            )
            .field("customer_email", &self.customer_email)
            .field("customer_phone", &self.customer_phone)
            .field("status", &self.status)
            .field("status_id", &self.status_id)
            .field("response_code", &self.response_code)
            .field("response_message", &self.response_message)
            .field("response_description", &self.response_description)
            .field("avs_response_code", &self.avs_response_code)
            .field("available_states", &self.available_states)
            .field("refunded", &self.refunded)
            .field("card_type", &self.card_type)
            .field("type_id", &self.type_id)
            .field("type_", &self.type_)
            .field("credit_debit_type_id", &self.credit_debit_type_id)
            .field("credit_debit_type_type", &self.credit_debit_type_type)
            .field("auth_code", &self.auth_code)
            .field("mid", &self.mid)
            .field("tid", &self.tid)
            .field("reference_id", &self.reference_id)
            .field("available_operations", &self.available_operations)
            .field("avs_response", &self.avs_response)
            .field("histories", &self.histories)
            .finish()
    }
}
