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
impl RefundWithoutReferenceRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(
        card_data_source: super::CardDataSource,
        currency_id: i32,
        debit: bool,
        payment_processor_id: paygen_runtime::Uuid,
    ) -> Self {
        Self {
            card_data_source,
            currency_id,
            debit,
            payment_processor_id,
            customer_id: None,
            amount: None,
            account_number: None,
            security_code: None,
            expiration_month: None,
            expiration_year: None,
            track1: None,
            track2: None,
            emv_tags: None,
            emv_payment_app_version: None,
            billing_address: None,
            shipping_address: None,
            contact_info: None,
            pin: None,
            pin_ksn: None,
            emv_fallback_condition: None,
            emv_fallback_last_chip_read: None,
            reference_id: None,
        }
    }
    /// Sets `customerId`.
    pub fn with_customer_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.customer_id = Some(value);
        self
    }
    /// Sets `amount`.
    pub fn with_amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.amount = Some(value);
        self
    }
    /// Sets `accountNumber`.
    pub fn with_account_number(mut self, value: impl Into<String>) -> Self {
        self.account_number = Some(value.into());
        self
    }
    /// Sets `securityCode`.
    pub fn with_security_code(mut self, value: impl Into<String>) -> Self {
        self.security_code = Some(value.into());
        self
    }
    /// Sets `expirationMonth`.
    pub fn with_expiration_month(mut self, value: i32) -> Self {
        self.expiration_month = Some(value);
        self
    }
    /// Sets `expirationYear`.
    pub fn with_expiration_year(mut self, value: i32) -> Self {
        self.expiration_year = Some(value);
        self
    }
    /// Sets `track1`.
    pub fn with_track1(mut self, value: impl Into<String>) -> Self {
        self.track1 = Some(value.into());
        self
    }
    /// Sets `track2`.
    pub fn with_track2(mut self, value: impl Into<String>) -> Self {
        self.track2 = Some(value.into());
        self
    }
    /// Sets `emvTags`.
    pub fn with_emv_tags(mut self, value: Vec<String>) -> Self {
        self.emv_tags = Some(value);
        self
    }
    /// Sets `emvPaymentAppVersion`.
    pub fn with_emv_payment_app_version(mut self, value: impl Into<String>) -> Self {
        self.emv_payment_app_version = Some(value.into());
        self
    }
    /// Sets `billingAddress`.
    pub fn with_billing_address(mut self, value: super::AddressDto) -> Self {
        self.billing_address = Some(value);
        self
    }
    /// Sets `shippingAddress`.
    pub fn with_shipping_address(mut self, value: super::AddressDto) -> Self {
        self.shipping_address = Some(value);
        self
    }
    /// Sets `contactInfo`.
    pub fn with_contact_info(mut self, value: super::ContactInfoDto) -> Self {
        self.contact_info = Some(value);
        self
    }
    /// Sets `pin`.
    pub fn with_pin(mut self, value: impl Into<String>) -> Self {
        self.pin = Some(value.into());
        self
    }
    /// Sets `pinKsn`.
    pub fn with_pin_ksn(mut self, value: impl Into<String>) -> Self {
        self.pin_ksn = Some(value.into());
        self
    }
    /// Sets `emvFallbackCondition`.
    pub fn with_emv_fallback_condition(mut self, value: super::EmvFallbackCondition) -> Self {
        self.emv_fallback_condition = Some(value);
        self
    }
    /// Sets `emvFallbackLastChipRead`.
    pub fn with_emv_fallback_last_chip_read(
        mut self,
        value: super::EmvFallbackLastChipRead,
    ) -> Self {
        self.emv_fallback_last_chip_read = Some(value);
        self
    }
    /// Sets `referenceId`.
    pub fn with_reference_id(mut self, value: impl Into<String>) -> Self {
        self.reference_id = Some(value.into());
        self
    }
}
