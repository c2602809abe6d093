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
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "deviceId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub device_id: paygen_runtime::Nullable<paygen_runtime::Uuid>,
    /// Payment processor identifier.
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
    /// Customer payment method identifier.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "paymentMethodId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub payment_method_id: paygen_runtime::Nullable<paygen_runtime::Uuid>,
    /// Absolute amount (in USD) of tip to be added.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "tipAmount",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub tip_amount: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// Tip rate as a percentage of the base amount to be added.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "tipRate",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub tip_rate: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// Discount percentage.
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
    /// Parameter is mandatory when merchant has ZeroCostProcessingOption == Dual Pricing.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "useCardPrice",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub use_card_price: paygen_runtime::Nullable<bool>,
    /// Version of the mobile app.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "appVersion",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub app_version: paygen_runtime::Nullable<String>,
    /// Version of the Aurora SDK.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "sdkVersion",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub sdk_version: paygen_runtime::Nullable<String>,
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
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "securityCode",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub security_code: paygen_runtime::Nullable<String>,
    /// Card data from track 1 of the magnetic stripe.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub track1: paygen_runtime::Nullable<String>,
    /// Information stored on the magnetic stripe of a credit or debit card.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub track2: paygen_runtime::Nullable<String>,
    /// Each tag corresponds to a particular piece of data stored on the card.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "emvTags",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub emv_tags: paygen_runtime::Nullable<Vec<String>>,
    /// Version number of the payment application in use.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "emvPaymentAppVersion",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub emv_payment_app_version: paygen_runtime::Nullable<String>,
    /// Encrypted PIN for the terminal.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub pin: paygen_runtime::Nullable<String>,
    /// KSN for DUKPT PIN encryption.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "pinKsn",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub pin_ksn: paygen_runtime::Nullable<String>,
    /// IF Debit THEN use card as a debit card, else use card as a credit card
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub debit: paygen_runtime::Nullable<bool>,
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
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "referenceId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub reference_id: paygen_runtime::Nullable<String>,
    /// The `l2` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub l2: Option<super::IsvL2Data>,
    /// The `l3` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub l3: Option<super::IsvL3Data>,
    /// You can send multiple products in a request
    ///
    /// **Inferred:** the property name of this TransactionProductDto array is never shown in the document; "products" is a guess
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub products: paygen_runtime::Nullable<Vec<super::TransactionProductDto>>,
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
            device_id: paygen_runtime::Nullable::Absent,
            payment_processor_id: paygen_runtime::Nullable::Absent,
            customer_id: paygen_runtime::Nullable::Absent,
            payment_method_id: paygen_runtime::Nullable::Absent,
            tip_amount: paygen_runtime::Nullable::Absent,
            tip_rate: paygen_runtime::Nullable::Absent,
            percentage_off_rate: paygen_runtime::Nullable::Absent,
            surcharge_rate: paygen_runtime::Nullable::Absent,
            use_card_price: paygen_runtime::Nullable::Absent,
            app_version: paygen_runtime::Nullable::Absent,
            sdk_version: paygen_runtime::Nullable::Absent,
            billing_address: None,
            shipping_address: None,
            contact_info: None,
            security_code: paygen_runtime::Nullable::Absent,
            track1: paygen_runtime::Nullable::Absent,
            track2: paygen_runtime::Nullable::Absent,
            emv_tags: paygen_runtime::Nullable::Absent,
            emv_payment_app_version: paygen_runtime::Nullable::Absent,
            pin: paygen_runtime::Nullable::Absent,
            pin_ksn: paygen_runtime::Nullable::Absent,
            debit: paygen_runtime::Nullable::Absent,
            emv_fallback_condition: None,
            emv_fallback_last_chip_read: None,
            reference_id: paygen_runtime::Nullable::Absent,
            l2: None,
            l3: None,
            products: paygen_runtime::Nullable::Absent,
            customer_initiated_transaction: None,
        }
    }
    /// Sets `deviceId`.
    pub fn with_device_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.device_id = paygen_runtime::Nullable::Value(value);
        self
    }
    /// Sets `paymentProcessorId`.
    pub fn with_payment_processor_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.payment_processor_id = paygen_runtime::Nullable::Value(value);
        self
    }
    /// Sets `customerId`.
    pub fn with_customer_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.customer_id = paygen_runtime::Nullable::Value(value);
        self
    }
    /// Sets `paymentMethodId`.
    pub fn with_payment_method_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.payment_method_id = paygen_runtime::Nullable::Value(value);
        self
    }
    /// Sets `tipAmount`.
    pub fn with_tip_amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.tip_amount = paygen_runtime::Nullable::Value(value);
        self
    }
    /// Sets `tipRate`.
    pub fn with_tip_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.tip_rate = paygen_runtime::Nullable::Value(value);
        self
    }
    /// Sets `percentageOffRate`.
    pub fn with_percentage_off_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.percentage_off_rate = paygen_runtime::Nullable::Value(value);
        self
    }
    /// Sets `surchargeRate`.
    pub fn with_surcharge_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.surcharge_rate = paygen_runtime::Nullable::Value(value);
        self
    }
    /// Sets `useCardPrice`.
    pub fn with_use_card_price(mut self, value: bool) -> Self {
        self.use_card_price = paygen_runtime::Nullable::Value(value);
        self
    }
    /// Sets `appVersion`.
    pub fn with_app_version(mut self, value: impl Into<String>) -> Self {
        self.app_version = paygen_runtime::Nullable::Value(value.into());
        self
    }
    /// Sets `sdkVersion`.
    pub fn with_sdk_version(mut self, value: impl Into<String>) -> Self {
        self.sdk_version = paygen_runtime::Nullable::Value(value.into());
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
        self.security_code = paygen_runtime::Nullable::Value(value.into());
        self
    }
    /// Sets `track1`.
    pub fn with_track1(mut self, value: impl Into<String>) -> Self {
        self.track1 = paygen_runtime::Nullable::Value(value.into());
        self
    }
    /// Sets `track2`.
    pub fn with_track2(mut self, value: impl Into<String>) -> Self {
        self.track2 = paygen_runtime::Nullable::Value(value.into());
        self
    }
    /// Sets `emvTags`.
    pub fn with_emv_tags(mut self, value: Vec<String>) -> Self {
        self.emv_tags = paygen_runtime::Nullable::Value(value);
        self
    }
    /// Sets `emvPaymentAppVersion`.
    pub fn with_emv_payment_app_version(mut self, value: impl Into<String>) -> Self {
        self.emv_payment_app_version = paygen_runtime::Nullable::Value(value.into());
        self
    }
    /// Sets `pin`.
    pub fn with_pin(mut self, value: impl Into<String>) -> Self {
        self.pin = paygen_runtime::Nullable::Value(value.into());
        self
    }
    /// Sets `pinKsn`.
    pub fn with_pin_ksn(mut self, value: impl Into<String>) -> Self {
        self.pin_ksn = paygen_runtime::Nullable::Value(value.into());
        self
    }
    /// Sets `debit`.
    pub fn with_debit(mut self, value: bool) -> Self {
        self.debit = paygen_runtime::Nullable::Value(value);
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
        self.reference_id = paygen_runtime::Nullable::Value(value.into());
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
        self.products = paygen_runtime::Nullable::Value(value);
        self
    }
    /// Sets `customerInitiatedTransaction`.
    pub fn with_customer_initiated_transaction(mut self, value: bool) -> Self {
        self.customer_initiated_transaction = Some(value);
        self
    }
}
