/// An object with the properties `amount`, `transactionType`, `currencyId`, `paymentProcessorId`, `paymentMethodId`, `paymentFrequencyUnit`, `paymentFrequency`, `numberOfPayments` and 7 more. Required: `amount`, `transactionType`, `currencyId`, `paymentProcessorId`, `paymentMethodId`, `paymentFrequencyUnit`, `paymentFrequency`, `numberOfPayments` and 2 more.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct CreateSubscriptionRequest {
    /// Total in USD due for each transaction of the subscription.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub amount: paygen_runtime::Decimal,
    /// Aurora-defined integer enumeration (SubscriptionsService.Contracts.Enums.TransactionType).
    #[serde(rename = "transactionType")]
    pub transaction_type: super::SubscriptionTransactionType,
    /// Aurora currency identifier.
    #[serde(rename = "currencyId")]
    pub currency_id: i32,
    /// Payment processor identifier.
    #[serde(rename = "paymentProcessorId")]
    pub payment_processor_id: paygen_runtime::Uuid,
    /// Payment method identifier.
    #[serde(rename = "paymentMethodId")]
    pub payment_method_id: paygen_runtime::Uuid,
    /// Aurora-defined integer enumeration (SubscriptionsService.Contracts.Enums.PaymentFrequencyUnit).
    #[serde(rename = "paymentFrequencyUnit")]
    pub payment_frequency_unit: super::PaymentFrequencyUnit,
    /// Frequency of the payment value.
    #[serde(rename = "paymentFrequency")]
    pub payment_frequency: i32,
    /// How many payments the subscription makes.
    #[serde(rename = "numberOfPayments")]
    pub number_of_payments: i32,
    /// Customer identifier of the subscription.
    #[serde(rename = "customerId")]
    pub customer_id: paygen_runtime::Uuid,
    /// Whether same-day ACH processing is requested.
    ///
    /// Default: `false`.
    #[serde(rename = "isFasterProcessing")]
    pub is_faster_processing: bool,
    /// When true, the card price is used instead of the cash price.
    #[serde(
        rename = "useCardPrice",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub use_card_price: Option<bool>,
    /// An object with no named properties.
    ///
    /// Default: `1`.
    #[serde(rename = "secCode", default, skip_serializing_if = "Option::is_none")]
    pub sec_code: Option<super::AchSecCode>,
    /// Discount in percent of the base amount.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "percentageOffRate",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub percentage_off_rate: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// Surcharge percentage.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "surchargeRate",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub surcharge_rate: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// When the first payment is made (ISO 8601, UTC or with offset).
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "paymentStartDateTime",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub payment_start_date_time: paygen_runtime::Nullable<paygen_runtime::DateTime>,
}

impl CreateSubscriptionRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(
        amount: paygen_runtime::Decimal,
        transaction_type: super::SubscriptionTransactionType,
        currency_id: i32,
        payment_processor_id: paygen_runtime::Uuid,
        payment_method_id: paygen_runtime::Uuid,
        payment_frequency_unit: super::PaymentFrequencyUnit,
        payment_frequency: i32,
        number_of_payments: i32,
        customer_id: paygen_runtime::Uuid,
        is_faster_processing: bool,
    ) -> Self {
        Self {
            amount,
            transaction_type,
            currency_id,
            payment_processor_id,
            payment_method_id,
            payment_frequency_unit,
            payment_frequency,
            number_of_payments,
            customer_id,
            is_faster_processing,
            use_card_price: None,
            sec_code: None,
            percentage_off_rate: paygen_runtime::Nullable::Absent,
            surcharge_rate: paygen_runtime::Nullable::Absent,
            payment_start_date_time: paygen_runtime::Nullable::Absent,
        }
    }

    /// Property `useCardPrice`: When true, the card price is used instead of the cash price.
    pub fn use_card_price(mut self, value: bool) -> Self {
        self.use_card_price = Some(value);
        self
    }

    /// Property `secCode`: An object with no named properties.
    ///
    /// Default: `1`.
    pub fn sec_code(mut self, value: super::AchSecCode) -> Self {
        self.sec_code = Some(value);
        self
    }

    /// Property `percentageOffRate`: Discount in percent of the base amount.
    pub fn percentage_off_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.percentage_off_rate = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `percentageOffRate` as `null`.
    pub fn clear_percentage_off_rate(mut self) -> Self {
        self.percentage_off_rate = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `surchargeRate`: Surcharge percentage.
    pub fn surcharge_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.surcharge_rate = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `surchargeRate` as `null`.
    pub fn clear_surcharge_rate(mut self) -> Self {
        self.surcharge_rate = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `paymentStartDateTime`: When the first payment is made (ISO 8601, UTC or with offset).
    pub fn payment_start_date_time(mut self, value: paygen_runtime::DateTime) -> Self {
        self.payment_start_date_time = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `paymentStartDateTime` as `null`.
    pub fn clear_payment_start_date_time(mut self) -> Self {
        self.payment_start_date_time = paygen_runtime::Nullable::Null;
        self
    }
}
