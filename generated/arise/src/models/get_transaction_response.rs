/// An object with the properties `transactionId`, `transactionDateTime`, `amount`, `currencyId`, `currency`, `processorId`, `processor`, `operationTypeId` and 34 more.
#[derive(Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetTransactionResponse {
    /// Transaction identifier.
    #[serde(
        rename = "transactionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_id: Option<paygen_runtime::Uuid>,
    /// When the transaction ran (ISO 8601, UTC or with offset).
    #[serde(
        rename = "transactionDateTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_date_time: Option<paygen_runtime::DateTime>,
    /// An object with the properties `baseAmount`, `percentageOffAmount`, `percentageOffRate`, `cashDiscountAmount`, `cashDiscountRate`, `surchargeAmount`, `surchargeRate`, `tipAmount` and 2 more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<super::ReceiptAmountDto>,
    /// Aurora currency identifier.
    #[serde(
        rename = "currencyId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub currency_id: Option<i32>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// A UUID.
    #[serde(
        rename = "processorId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub processor_id: Option<paygen_runtime::Uuid>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub processor: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "operationTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub operation_type_id: Option<i32>,
    /// Text.
    #[serde(
        rename = "operationType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub operation_type: Option<String>,
    /// A 32-bit integer.
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
    /// A 32-bit integer.
    #[serde(
        rename = "transactionTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_type_id: Option<i32>,
    /// Text.
    #[serde(
        rename = "transactionType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_type: Option<String>,
    /// Customer identifier.
    #[serde(
        rename = "customerId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_id: Option<paygen_runtime::Uuid>,
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
    /// A 32-bit integer.
    #[serde(rename = "statusId", default, skip_serializing_if = "Option::is_none")]
    pub status_id: Option<i32>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Text.
    #[serde(
        rename = "merchantName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_name: Option<String>,
    /// Text.
    #[serde(
        rename = "merchantAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_address: Option<String>,
    /// Phone number of the merchant, documented as E.164 (+ and up to 20 digits); the leading + is optional here because the vendor's transaction-detail sample sends 1555123123.
    ///
    /// Pattern: `^(null|\+?\d{1,20})$`.
    #[serde(
        rename = "merchantPhoneNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_phone_number: Option<String>,
    /// Text.
    #[serde(
        rename = "merchantEmailAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_email_address: Option<String>,
    /// Text.
    #[serde(
        rename = "merchantWebsite",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_website: Option<String>,
    /// Text.
    #[serde(rename = "authCode", default, skip_serializing_if = "Option::is_none")]
    pub auth_code: Option<String>,
    /// Where the transaction was created (portal, API token, terminal, ...). May be null.
    ///
    /// **Inferred:** null only appears in the receipt samples (sale, no-reference return, POS get), which carry the same receipt fields as this detail response
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<super::SourceResponseDto>,
    /// How the cardholder was verified (CVM). Documented as non-nullable, but the vendor's own response samples send null.
    #[serde(
        rename = "cardholderAuthenticationMethodId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cardholder_authentication_method_id: Option<super::CardholderAuthenticationMethod>,
    /// Text.
    #[serde(
        rename = "cardholderAuthenticationMethod",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cardholder_authentication_method: Option<String>,
    /// Text.
    #[serde(
        rename = "cvmResultMsg",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cvm_result_msg: Option<String>,
    /// How the card data was captured (keyed online, swipe, NFC, chip, ...). Documented as non-nullable, but the vendor's own response samples send null.
    #[serde(
        rename = "cardDataSourceId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub card_data_source_id: Option<super::CardDataSource>,
    /// Text.
    #[serde(
        rename = "cardDataSource",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub card_data_source: Option<String>,
    /// Text.
    #[serde(
        rename = "responseCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub response_code: Option<String>,
    /// Text.
    #[serde(
        rename = "responseDescription",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub response_description: Option<String>,
    /// An object with the properties `authCode`, `mid`, `tid`, `cardCreditDebitTypeId`, `cardCreditDebitType`, `processCreditDebitTypeId`, `processCreditDebitType`, `rrn` and 2 more.
    #[serde(
        rename = "cardProcessingDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub card_processing_details: Option<super::CardDetailsDto>,
    /// An object with the properties `customerAccountNumber`, `customerRoutingNumber`, `accountHolderType`, `accountHolderTypeId`, `accountType`, `accountTypeId` and `taxId`.
    #[serde(
        rename = "achProcessingDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ach_processing_details: Option<super::ElectronicCheckDetails>,
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
    /// An object with the properties `ac`, `tvr`, `tsi`, `aid`, `applicationLabel` and `rawTags`.
    #[serde(rename = "emvTags", default, skip_serializing_if = "Option::is_none")]
    pub emv_tags: Option<super::EmvTagsDto>,
    /// Text.
    #[serde(
        rename = "orderNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub order_number: Option<String>,
    /// Amount in USD before any discount, surcharge or tip.
    ///
    /// **Deprecated** by the API.
    #[serde(
        rename = "baseAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub base_amount: Option<paygen_runtime::Decimal>,
    /// Deprecated. Use Amount.TotalAmount
    ///
    /// **Deprecated** by the API.
    #[serde(
        rename = "totalAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub total_amount: Option<paygen_runtime::Decimal>,
    /// An object with the properties `authCode`, `mid` and `tid`.
    #[serde(
        rename = "tsysCardDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tsys_card_details: Option<super::TsysCardDetailsDto>,
    /// An object with the properties `customerAccountNumber`, `customerRoutingNumber`, `accountHolderType`, `accountHolderTypeId`, `accountType`, `accountTypeId` and `taxId`.
    #[serde(
        rename = "achDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ach_details: Option<super::AchDetailsDto>,
}

impl std::fmt::Debug for GetTransactionResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetTransactionResponse")
            .field("transaction_id", &self.transaction_id)
            .field("transaction_date_time", &self.transaction_date_time)
            .field("amount", &self.amount)
            .field("currency_id", &self.currency_id)
            .field("currency", &self.currency)
            .field("processor_id", &self.processor_id)
            .field("processor", &self.processor)
            .field("operation_type_id", &self.operation_type_id)
            .field("operation_type", &self.operation_type)
            .field("payment_method_type_id", &self.payment_method_type_id)
            .field("payment_method_type", &self.payment_method_type)
            .field("transaction_type_id", &self.transaction_type_id)
            .field("transaction_type", &self.transaction_type)
            .field("customer_id", &self.customer_id)
            .field(
                "customer_pan",
                &paygen_runtime::redact::Redacted::last4(&self.customer_pan),
            )
            .field("card_token_type", &self.card_token_type)
            .field("status_id", &self.status_id)
            .field("status", &self.status)
            .field("merchant_name", &self.merchant_name)
            .field("merchant_address", &self.merchant_address)
            .field("merchant_phone_number", &self.merchant_phone_number)
            .field("merchant_email_address", &self.merchant_email_address)
            .field("merchant_website", &self.merchant_website)
            .field("auth_code", &self.auth_code)
            .field("source", &self.source)
            .field(
                "cardholder_authentication_method_id",
                &self.cardholder_authentication_method_id,
            )
            .field(
                "cardholder_authentication_method",
                &self.cardholder_authentication_method,
            )
            .field("cvm_result_msg", &self.cvm_result_msg)
            .field("card_data_source_id", &self.card_data_source_id)
            .field("card_data_source", &self.card_data_source)
            .field("response_code", &self.response_code)
            .field("response_description", &self.response_description)
            .field("card_processing_details", &self.card_processing_details)
            .field("ach_processing_details", &self.ach_processing_details)
            .field("available_operations", &self.available_operations)
            .field("avs_response", &self.avs_response)
            .field("emv_tags", &self.emv_tags)
            .field("order_number", &self.order_number)
            .field("base_amount", &self.base_amount)
            .field("total_amount", &self.total_amount)
            .field("tsys_card_details", &self.tsys_card_details)
            .field("ach_details", &self.ach_details)
            .finish()
    }
}
