/// The `ListSubscriptionsResponse` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
    pub status_id: Option<super::ListSubscriptionsResponseStatusId>,
    /// Subscription status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Aurora transaction type identifier code value.
    #[serde(
        rename = "transactionTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_type_id: Option<i32>,
    /// Aurora transaction type identifier code name.
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
    /// The `paymentAmount` field.
    #[serde(
        rename = "paymentAmount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_amount: Option<super::PaymentAmountDto>,
    /// Total amount the client has already paid as part of this subscription.
    #[serde(
        rename = "alreadyPaidAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub already_paid_amount: Option<paygen_runtime::Decimal>,
    /// Total of all amounts due of the subscription.
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
    pub payment_frequency_unit_id: Option<super::ListSubscriptionsResponsePaymentFrequencyUnitId>,
    /// Payment frequency unit.
    #[serde(
        rename = "paymentFrequencyUnit",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_frequency_unit: Option<super::ListSubscriptionsResponsePaymentFrequencyUnit>,
    /// Payment frequency identifier.
    #[serde(
        rename = "paymentFrequency",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_frequency: Option<i32>,
    /// Date-time (in an ISO 8601 date-time UTC or time zone offset format) when the subscription was created.
    #[serde(rename = "createdOn", default, skip_serializing_if = "Option::is_none")]
    pub created_on: Option<paygen_runtime::DateTime>,
    /// Date-time (in an ISO 8601 date-time UTC or time zone offset format) of the subscription's first payment.
    #[serde(
        rename = "subscriptionStartDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub subscription_start_date: Option<paygen_runtime::DateTime>,
    /// Date-time (in an ISO 8601 date-time UTC or time zone offset format) of the subscription's last payment.
    #[serde(
        rename = "subscriptionEndDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub subscription_end_date: Option<paygen_runtime::DateTime>,
    /// Date-time (in an ISO 8601 date-time UTC or time zone offset format) of the subscription's last payment date.
    #[serde(
        rename = "lastPaymentDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_payment_date: Option<paygen_runtime::DateTime>,
    /// Date-time (in an ISO 8601 date-time UTC or time zone offset format) of the subscription's next payment date.
    #[serde(
        rename = "nextPaymentDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_payment_date: Option<paygen_runtime::DateTime>,
    /// Number of successful payments for the subscription.
    #[serde(
        rename = "successfulPaymentsCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub successful_payments_count: Option<i32>,
    /// Total number of payments for the subscription.
    #[serde(
        rename = "numberOfPayments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub number_of_payments: Option<i32>,
    /// The `customer` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<super::CustomerDto>,
    /// The `source` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<super::SubscriptionSourceResponseDto>,
}
