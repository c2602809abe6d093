/// The `RefundWithoutReferenceRequest` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RefundWithoutReferenceRequest {
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.CardDataSource).
    #[serde(rename = "cardDataSource")]
    pub card_data_source: super::CardDataSource,
    /// Aurora currency identifier.
    #[serde(rename = "currencyId")]
    pub currency_id: i32,
    /// Card as a debit card.
    pub debit: bool,
    /// Identifier assigned to the payment processor.
    #[serde(rename = "paymentProcessorId")]
    pub payment_processor_id: paygen_runtime::Uuid,
    /// Customer identifier.
    #[serde(
        rename = "customerId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_id: Option<paygen_runtime::Uuid>,
    /// The amount of the transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub amount: Option<paygen_runtime::Decimal>,
    /// The 13-19 digit card number used for the transaction.
    #[serde(
        rename = "accountNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_number: Option<String>,
    /// The three or four digit security code on the credit card.
    #[serde(
        rename = "securityCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_code: Option<String>,
    /// The expiration month of the card
    #[serde(
        rename = "expirationMonth",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_month: Option<i32>,
    /// The expiration year of the card
    #[serde(
        rename = "expirationYear",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_year: Option<i32>,
    /// Magnetic track 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub track1: Option<String>,
    /// Magnetic track 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub track2: Option<String>,
    /// Holds data fetched from a EMV Chip Credit/Debit card to perform transaction. That is a string array of variable size, should be used as is.
    #[serde(rename = "emvTags", default, skip_serializing_if = "Option::is_none")]
    pub emv_tags: Option<Vec<String>>,
    /// The version number of the payment application in use.
    #[serde(
        rename = "emvPaymentAppVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub emv_payment_app_version: Option<String>,
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
    /// Encrypted PIN for the terminal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin: Option<String>,
    /// The KSN for DUKPT PIN encryption. Required only if the PIN is encrypted using DUKPT.
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
}
