/// The `CreateSaleRequest` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateSaleRequest {
    /// Amount of the transaction.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub amount: paygen_runtime::Decimal,
    /// 13-19 digit card number used for the transaction.
    #[serde(rename = "accountNumber")]
    pub account_number: String,
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.CardDataSource).
    #[serde(rename = "cardDataSource")]
    pub card_data_source: super::CardDataSource,
    /// Aurora currency identifier.
    #[serde(rename = "currencyId")]
    pub currency_id: i32,
    /// Expiration month of the card.
    #[serde(rename = "expirationMonth")]
    pub expiration_month: i32,
    /// Expiration year of the card.
    #[serde(rename = "expirationYear")]
    pub expiration_year: i32,
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
    /// Customer payment method identifier.
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
    /// Discount percentage.
    #[serde(
        rename = "percentageOffRate",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub percentage_off_rate: Option<paygen_runtime::Decimal>,
    /// Surcharge percentage.
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
    /// Three or four digit security code on the credit card.
    #[serde(
        rename = "securityCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_code: Option<String>,
    /// Card data from track 1 of the magnetic stripe.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub track1: Option<String>,
    /// Information stored on the magnetic stripe of a credit or debit card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub track2: Option<String>,
    /// Each tag corresponds to a particular piece of data stored on the card.
    #[serde(rename = "emvTags", default, skip_serializing_if = "Option::is_none")]
    pub emv_tags: Option<Vec<String>>,
    /// Version number of the payment application in use.
    #[serde(
        rename = "emvPaymentAppVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub emv_payment_app_version: Option<String>,
    /// Encrypted PIN for the terminal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin: Option<String>,
    /// KSN for DUKPT PIN encryption.
    #[serde(rename = "pinKsn", default, skip_serializing_if = "Option::is_none")]
    pub pin_ksn: Option<String>,
    /// IF Debit THEN use card as a debit card, else use card as a credit card
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debit: Option<bool>,
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
    /// Customer Initiated Transaction if true.
    #[serde(
        rename = "customerInitiatedTransaction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_initiated_transaction: Option<bool>,
}
impl CreateSaleRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(
        amount: paygen_runtime::Decimal,
        account_number: impl Into<String>,
        card_data_source: super::CardDataSource,
        currency_id: i32,
        expiration_month: i32,
        expiration_year: i32,
    ) -> Self {
        Self {
            amount,
            account_number: account_number.into(),
            card_data_source,
            currency_id,
            expiration_month,
            expiration_year,
            device_id: None,
            payment_processor_id: None,
            customer_id: None,
            payment_method_id: None,
            tip_amount: None,
            tip_rate: None,
            percentage_off_rate: None,
            surcharge_rate: None,
            use_card_price: None,
            app_version: None,
            sdk_version: None,
            billing_address: None,
            shipping_address: None,
            contact_info: None,
            security_code: None,
            track1: None,
            track2: None,
            emv_tags: None,
            emv_payment_app_version: None,
            pin: None,
            pin_ksn: None,
            debit: None,
            emv_fallback_condition: None,
            emv_fallback_last_chip_read: None,
            reference_id: None,
            l2: None,
            l3: None,
            products: None,
            customer_initiated_transaction: None,
        }
    }
    /// Sets `deviceId`.
    pub fn with_device_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.device_id = Some(value);
        self
    }
    /// Sets `paymentProcessorId`.
    pub fn with_payment_processor_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.payment_processor_id = Some(value);
        self
    }
    /// Sets `customerId`.
    pub fn with_customer_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.customer_id = Some(value);
        self
    }
    /// Sets `paymentMethodId`.
    pub fn with_payment_method_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.payment_method_id = Some(value);
        self
    }
    /// Sets `tipAmount`.
    pub fn with_tip_amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.tip_amount = Some(value);
        self
    }
    /// Sets `tipRate`.
    pub fn with_tip_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.tip_rate = Some(value);
        self
    }
    /// Sets `percentageOffRate`.
    pub fn with_percentage_off_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.percentage_off_rate = Some(value);
        self
    }
    /// Sets `surchargeRate`.
    pub fn with_surcharge_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.surcharge_rate = Some(value);
        self
    }
    /// Sets `useCardPrice`.
    pub fn with_use_card_price(mut self, value: bool) -> Self {
        self.use_card_price = Some(value);
        self
    }
    /// Sets `appVersion`.
    pub fn with_app_version(mut self, value: impl Into<String>) -> Self {
        self.app_version = Some(value.into());
        self
    }
    /// Sets `sdkVersion`.
    pub fn with_sdk_version(mut self, value: impl Into<String>) -> Self {
        self.sdk_version = Some(value.into());
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
    /// Sets `securityCode`.
    pub fn with_security_code(mut self, value: impl Into<String>) -> Self {
        self.security_code = Some(value.into());
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
    /// Sets `debit`.
    pub fn with_debit(mut self, value: bool) -> Self {
        self.debit = Some(value);
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
    /// Sets `l2`.
    pub fn with_l2(mut self, value: super::IsvL2Data) -> Self {
        self.l2 = Some(value);
        self
    }
    /// Sets `l3`.
    pub fn with_l3(mut self, value: super::IsvL3Data) -> Self {
        self.l3 = Some(value);
        self
    }
    /// Sets `products`.
    pub fn with_products(mut self, value: Vec<super::TransactionProductDto>) -> Self {
        self.products = Some(value);
        self
    }
    /// Sets `customerInitiatedTransaction`.
    pub fn with_customer_initiated_transaction(mut self, value: bool) -> Self {
        self.customer_initiated_transaction = Some(value);
        self
    }
}
