/// An object with the properties `id`, `merchantId`, `paymentProcessorId`, `statusId`, `status`, `transactionTypeId`, `transactionType`, `customerId` and 17 more.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ListSubscriptionsResponse {
    /// Subscription identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// Merchant identifier.
    #[serde(
        rename = "merchantId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_id: Option<paygen_runtime::Uuid>,
    /// Payment processor identifier.
    #[serde(
        rename = "paymentProcessorId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_processor_id: Option<paygen_runtime::Uuid>,
    /// Subscription status identifier.
    #[serde(rename = "statusId", default, skip_serializing_if = "Option::is_none")]
    pub status_id: Option<super::SubscriptionStatusId>,
    /// Subscription status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Transaction type id.
    #[serde(
        rename = "transactionTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_type_id: Option<i32>,
    /// Transaction type name.
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
    /// Customer payment method identifier.
    #[serde(
        rename = "paymentMethodId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_method_id: Option<paygen_runtime::Uuid>,
    /// An object with the properties `baseAmount`, `percentageOffAmount`, `percentageOffRate`, `cashDiscountAmount`, `cashDiscountRate`, `surchargeAmount`, `surchargeRate` and `totalAmount`.
    #[serde(
        rename = "paymentAmount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_amount: Option<super::PaymentAmountDto>,
    /// Sum paid so far under the subscription.
    #[serde(
        rename = "alreadyPaidAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub already_paid_amount: Option<paygen_runtime::Decimal>,
    /// Sum of every payment of the subscription.
    #[serde(
        rename = "allPaymentsAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub all_payments_amount: Option<paygen_runtime::Decimal>,
    /// Aurora currency identifier.
    #[serde(
        rename = "currencyId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub currency_id: Option<i32>,
    /// Payment frequency identifier.
    #[serde(
        rename = "paymentFrequencyUnitId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_frequency_unit_id: Option<super::PaymentFrequencyUnit>,
    /// Payment frequency unit.
    #[serde(
        rename = "paymentFrequencyUnit",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_frequency_unit: Option<super::PaymentFrequencyUnit>,
    /// How many payments fall in each frequency unit (1 with unit Weekly = once a week, 2 = twice a week). Typed integer by the document, but its sample sends the unit name ("Weekly"), so a string is accepted too.
    ///
    /// **Inferred:** the document types this as an integer and samples it as a string; which one the server sends is unknown
    #[serde(
        rename = "paymentFrequency",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_frequency: Option<super::IntegerOrString>,
    /// When the subscription was created (ISO 8601, UTC or with offset).
    #[serde(rename = "createdOn", default, skip_serializing_if = "Option::is_none")]
    pub created_on: Option<paygen_runtime::DateTime>,
    /// Date of the first payment (ISO 8601, UTC or with offset).
    #[serde(
        rename = "subscriptionStartDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub subscription_start_date: Option<paygen_runtime::DateTime>,
    /// Date of the final payment (ISO 8601, UTC or with offset).
    #[serde(
        rename = "subscriptionEndDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub subscription_end_date: Option<paygen_runtime::DateTime>,
    /// Date of the most recent payment (ISO 8601, UTC or with offset).
    #[serde(
        rename = "lastPaymentDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_payment_date: Option<paygen_runtime::DateTime>,
    /// Date of the next payment (ISO 8601, UTC or with offset).
    #[serde(
        rename = "nextPaymentDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_payment_date: Option<paygen_runtime::DateTime>,
    /// How many payments have succeeded.
    #[serde(
        rename = "successfulPaymentsCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub successful_payments_count: Option<i32>,
    /// How many payments the subscription makes in total.
    #[serde(
        rename = "numberOfPayments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub number_of_payments: Option<i32>,
    /// An object with the properties `customerName`, `companyName`, `panMask`, `cardTokenType`, `emailAddress` and `phoneNumber`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<super::CustomerDto>,
    /// An object with the properties `typeId`, `type`, `id` and `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<super::SubscriptionSourceResponseDto>,
}
