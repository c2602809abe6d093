/// The `AuthorizeTransactionRequest` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AuthorizeTransactionRequest {
    /// Amount of the transaction.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub amount: paygen_runtime::Decimal,
    /// Card number used for the transaction.
    #[serde(rename = "accountNumber")]
    pub account_number: String,
    /// Aurora currency identifier.
    #[serde(rename = "currencyId")]
    pub currency_id: i32,
    /// Expiration month of the card.
    #[serde(rename = "expirationMonth")]
    pub expiration_month: i32,
    /// Expiration year of the card.
    #[serde(rename = "expirationYear")]
    pub expiration_year: i32,
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.CardDataSource).
    #[serde(
        rename = "cardDataSource",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub card_data_source: Option<super::CardDataSource>,
    /// Device when using the Arise Mobile app.
    #[serde(rename = "deviceId", default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<paygen_runtime::Uuid>,
    /// Payment processor identifier.
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
    /// Customer payment method ID
    #[serde(
        rename = "paymentMethodId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_method_id: Option<paygen_runtime::Uuid>,
    /// Absolute amount (in USD) of tip to be added.
    #[serde(
        rename = "tipAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub tip_amount: Option<paygen_runtime::Decimal>,
    /// Tip rate as a percentage of the base amount to be added.
    #[serde(
        rename = "tipRate",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub tip_rate: Option<paygen_runtime::Decimal>,
    /// The percent of the base amount to be discounted.
    #[serde(
        rename = "percentageOffRate",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub percentage_off_rate: Option<paygen_runtime::Decimal>,
    /// The percent of transaction amount to be added to the amount after percentageOffRate is applied.
    #[serde(
        rename = "surchargeRate",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub surcharge_rate: Option<paygen_runtime::Decimal>,
    /// Parameter is mandatory when merchant has ZeroCostProcessingOption == Dual Pricing.
    #[serde(
        rename = "useCardPrice",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub use_card_price: Option<bool>,
    /// Version of the mobile app.
    #[serde(
        rename = "appVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub app_version: Option<String>,
    /// Version of the Aurora SDK.
    #[serde(
        rename = "sdkVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sdk_version: Option<String>,
    /// The `billingAddress` field.
    #[serde(
        rename = "billingAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_address: Option<super::AddressDto>,
    /// The `shippingAddress` field.
    #[serde(
        rename = "shippingAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub shipping_address: Option<super::AddressDto>,
    /// The `contactInfo` field.
    #[serde(
        rename = "contactInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub contact_info: Option<super::ContactInfoDto>,
    /// The three or four digit security code on the credit card.
    #[serde(
        rename = "securityCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_code: Option<String>,
    /// The card data from track 1 of the magnetic stripe.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub track1: Option<String>,
    /// Information stored on the magnetic stripe of a credit or debit card, including the card number, expiration date, and cardholder's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub track2: Option<String>,
    /// Each tag corresponds to a particular piece of data stored on the card.
    #[serde(rename = "emvTags", default, skip_serializing_if = "Option::is_none")]
    pub emv_tags: Option<Vec<String>>,
    /// The version number of the payment application in use.
    #[serde(
        rename = "emvPaymentAppVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub emv_payment_app_version: Option<String>,
    /// The `pin` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin: Option<String>,
    /// The `pinKsn` field.
    #[serde(rename = "pinKsn", default, skip_serializing_if = "Option::is_none")]
    pub pin_ksn: Option<String>,
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.EMVFallbackCondition).
    #[serde(
        rename = "emvFallbackCondition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub emv_fallback_condition: Option<super::EmvFallbackCondition>,
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.EMVFallbackLastChipRead).
    #[serde(
        rename = "emvFallbackLastChipRead",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub emv_fallback_last_chip_read: Option<super::EmvFallbackLastChipRead>,
    /// External transaction identifier for client-side tracking.
    #[serde(
        rename = "referenceId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reference_id: Option<String>,
    /// The `l2` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub l2: Option<super::IsvL2Data>,
    /// The `l3` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub l3: Option<super::IsvL3Data>,
    /// You can send multiple products in a request
    ///
    /// **Inferred:** the property name of this TransactionProductDto array is never shown in the document; "products" is a guess
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<super::TransactionProductDto>>,
    /// Customer Initiated Transaction if true Merchant Initiated Transaction if false Default value - false.
    #[serde(
        rename = "customerInitiatedTransaction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_initiated_transaction: Option<bool>,
}
