/// An object with the properties `amount`, `currencyId`, `posDeviceId`, `terminalId`, `transactionTypeId`, `waitForAcceptanceByTerminal`, `requestPaymentMethodStorageConsent`, `targetTransactionId` and 5 more. Required: `amount`, `currencyId`, `posDeviceId`, `terminalId`, `transactionTypeId`, `waitForAcceptanceByTerminal`, `requestPaymentMethodStorageConsent` and `targetTransactionId`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
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
    /// Id of the POS device in the caller's own system.
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
    /// When true, the terminal asks the customer whether the payment method may be stored.
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
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "referenceId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub reference_id: paygen_runtime::Nullable<String>,
    /// Under dual pricing (required then, null otherwise): true when amount is the card price, false when it is the cash price.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "useCardPrice",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub use_card_price: paygen_runtime::Nullable<bool>,
    /// Payment processor to use; the merchant's default one when omitted.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "paymentProcessorId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub payment_processor_id: paygen_runtime::Nullable<paygen_runtime::Uuid>,
    /// Customer identifier.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "customerId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub customer_id: paygen_runtime::Nullable<paygen_runtime::Uuid>,
    /// How the terminal reads the card.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "readingMethodId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub reading_method_id: paygen_runtime::Nullable<super::PosTransactionReadingMethod>,
}

impl CreatePosTransactionRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(
        pos_device_id: impl Into<String>,
        terminal_id: paygen_runtime::Uuid,
        transaction_type_id: super::PosTransactionType,
        wait_for_acceptance_by_terminal: bool,
        request_payment_method_storage_consent: bool,
    ) -> Self {
        Self {
            amount: None,
            currency_id: None,
            pos_device_id: pos_device_id.into(),
            terminal_id,
            transaction_type_id,
            wait_for_acceptance_by_terminal,
            request_payment_method_storage_consent,
            target_transaction_id: None,
            reference_id: paygen_runtime::Nullable::Absent,
            use_card_price: paygen_runtime::Nullable::Absent,
            payment_processor_id: paygen_runtime::Nullable::Absent,
            customer_id: paygen_runtime::Nullable::Absent,
            reading_method_id: paygen_runtime::Nullable::Absent,
        }
    }

    /// Property `amount`: Total transaction amount (in USD). Documented as number &lt;integer&gt;, but the example carries cents; modelled as a decimal.
    pub fn amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.amount = Some(value);
        self
    }

    /// Property `currencyId`: Aurora currency identifier.
    pub fn currency_id(mut self, value: i32) -> Self {
        self.currency_id = Some(value);
        self
    }

    /// Property `targetTransactionId`: Transaction identifier.
    pub fn target_transaction_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.target_transaction_id = Some(value);
        self
    }

    /// Property `referenceId`: External transaction reference identifier.
    pub fn reference_id(mut self, value: impl Into<String>) -> Self {
        self.reference_id = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `referenceId` as `null`.
    pub fn clear_reference_id(mut self) -> Self {
        self.reference_id = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `useCardPrice`: Under dual pricing (required then, null otherwise): true when amount is the card price, false when it is the cash price.
    pub fn use_card_price(mut self, value: bool) -> Self {
        self.use_card_price = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `useCardPrice` as `null`.
    pub fn clear_use_card_price(mut self) -> Self {
        self.use_card_price = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `paymentProcessorId`: Payment processor to use; the merchant's default one when omitted.
    pub fn payment_processor_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.payment_processor_id = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `paymentProcessorId` as `null`.
    pub fn clear_payment_processor_id(mut self) -> Self {
        self.payment_processor_id = paygen_runtime::Nullable::Null;
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

    /// Property `readingMethodId`: How the terminal reads the card.
    pub fn reading_method_id(mut self, value: super::PosTransactionReadingMethod) -> Self {
        self.reading_method_id = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `readingMethodId` as `null`.
    pub fn clear_reading_method_id(mut self) -> Self {
        self.reading_method_id = paygen_runtime::Nullable::Null;
        self
    }
}
