/// An object with the properties `amount`, `accountNumber`, `cardDataSource`, `currencyId`, `expirationMonth`, `expirationYear`, `deviceId`, `paymentProcessorId` and 26 more. Required: `amount`, `accountNumber`, `cardDataSource`, `currencyId`, `expirationMonth` and `expirationYear`.
#[derive(Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct CreateSaleRequest {
    /// Amount of the transaction.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub amount: paygen_runtime::Decimal,
    /// Card number (13 to 19 digits).
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
    /// Id of the device, when the Arise mobile app is used.
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
    /// Tip as a fixed amount in USD.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "tipAmount",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub tip_amount: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// Tip in percent of the base amount.
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
    /// Required when the merchant uses dual pricing (ZeroCostProcessingOption DualPricing): true for the card price, false for the cash price.
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
    /// An object with the properties `city`, `countryId`, `line1`, `line2`, `postalCode`, `stateName` and `stateId`. Required: `city` and `countryId`.
    #[serde(
        rename = "billingAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_address: Option<super::AddressDto>,
    /// An object with the properties `city`, `countryId`, `line1`, `line2`, `postalCode`, `stateName` and `stateId`. Required: `city` and `countryId`.
    #[serde(
        rename = "shippingAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub shipping_address: Option<super::AddressDto>,
    /// An object with the properties `companyName`, `firstName`, `lastName`, `email`, `mobilePhoneNumber` and `smsNotification`. Required: `companyName`.
    #[serde(
        rename = "contactInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub contact_info: Option<super::ContactInfoDto>,
    /// Card verification code (3 or 4 digits).
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "securityCode",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub security_code: paygen_runtime::Nullable<String>,
    /// Raw track 1 data read from the magnetic stripe.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub track1: paygen_runtime::Nullable<String>,
    /// Raw track 2 data read from the magnetic stripe.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub track2: paygen_runtime::Nullable<String>,
    /// EMV tag data read from the chip, one entry per tag.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "emvTags",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub emv_tags: paygen_runtime::Nullable<Vec<String>>,
    /// Version of the payment application on the card reader.
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
    /// When true the card is processed as debit, otherwise as credit.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub debit: paygen_runtime::Nullable<bool>,
    /// Why a chip card fell back to a magnetic-stripe read. Omit or send null when there was no fallback. The vendor's request samples send null here.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "emvFallbackCondition",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub emv_fallback_condition: paygen_runtime::Nullable<super::EmvFallbackCondition>,
    /// Outcome of the last chip read before a fallback. Omit or send null when there was no fallback. The vendor's request samples send null here.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "emvFallbackLastChipRead",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub emv_fallback_last_chip_read: paygen_runtime::Nullable<super::EmvFallbackLastChipRead>,
    /// Caller's own reference for the transaction; also used by duplicate detection.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "referenceId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub reference_id: paygen_runtime::Nullable<String>,
    /// Level 2 (commercial card) data; null when not used.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub l2: paygen_runtime::Nullable<super::IsvL2Data>,
    /// Level 3 (line-item) data; null when not used.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub l3: paygen_runtime::Nullable<super::IsvL3Data>,
    /// Customer Initiated Transaction if true.
    ///
    /// Default: `false`.
    #[serde(
        rename = "customerInitiatedTransaction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_initiated_transaction: Option<bool>,
}

impl std::fmt::Debug for CreateSaleRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateSaleRequest")
            .field("amount", &self.amount)
            .field(
                "account_number",
                &paygen_runtime::redact::Redacted::last4(&self.account_number),
            )
            .field("card_data_source", &self.card_data_source)
            .field("currency_id", &self.currency_id)
            .field("expiration_month", &self.expiration_month)
            .field("expiration_year", &self.expiration_year)
            .field("device_id", &self.device_id)
            .field("payment_processor_id", &self.payment_processor_id)
            .field("customer_id", &self.customer_id)
            .field("payment_method_id", &self.payment_method_id)
            .field("tip_amount", &self.tip_amount)
            .field("tip_rate", &self.tip_rate)
            .field("percentage_off_rate", &self.percentage_off_rate)
            .field("surcharge_rate", &self.surcharge_rate)
            .field("use_card_price", &self.use_card_price)
            .field("app_version", &self.app_version)
            .field("sdk_version", &self.sdk_version)
            .field("billing_address", &self.billing_address)
            .field("shipping_address", &self.shipping_address)
            .field("contact_info", &self.contact_info)
            .field(
                "security_code",
                &paygen_runtime::redact::Redacted::full(&self.security_code),
            )
            .field(
                "track1",
                &paygen_runtime::redact::Redacted::full(&self.track1),
            )
            .field(
                "track2",
                &paygen_runtime::redact::Redacted::full(&self.track2),
            )
            .field(
                "emv_tags",
                &paygen_runtime::redact::Redacted::full(&self.emv_tags),
            )
            .field("emv_payment_app_version", &self.emv_payment_app_version)
            .field("pin", &paygen_runtime::redact::Redacted::full(&self.pin))
            .field("pin_ksn", &self.pin_ksn)
            .field("debit", &self.debit)
            .field("emv_fallback_condition", &self.emv_fallback_condition)
            .field(
                "emv_fallback_last_chip_read",
                &self.emv_fallback_last_chip_read,
            )
            .field("reference_id", &self.reference_id)
            .field("l2", &self.l2)
            .field("l3", &self.l3)
            .field(
                "customer_initiated_transaction",
                &self.customer_initiated_transaction,
            )
            .finish()
    }
}

impl paygen_runtime::redact::SensitiveValues for CreateSaleRequest {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::values_of(&self.account_number, out);
        paygen_runtime::redact::values_of(&self.security_code, out);
        paygen_runtime::redact::values_of(&self.track1, out);
        paygen_runtime::redact::values_of(&self.track2, out);
        paygen_runtime::redact::values_of(&self.emv_tags, out);
        paygen_runtime::redact::values_of(&self.pin, out);
    }
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
            emv_fallback_condition: paygen_runtime::Nullable::Absent,
            emv_fallback_last_chip_read: paygen_runtime::Nullable::Absent,
            reference_id: paygen_runtime::Nullable::Absent,
            l2: paygen_runtime::Nullable::Absent,
            l3: paygen_runtime::Nullable::Absent,
            customer_initiated_transaction: None,
        }
    }

    /// Property `deviceId`: Id of the device, when the Arise mobile app is used.
    pub fn device_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.device_id = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `deviceId` as `null`.
    pub fn clear_device_id(mut self) -> Self {
        self.device_id = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `paymentProcessorId`: Payment processor identifier.
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

    /// Property `paymentMethodId`: Customer payment method identifier.
    pub fn payment_method_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.payment_method_id = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `paymentMethodId` as `null`.
    pub fn clear_payment_method_id(mut self) -> Self {
        self.payment_method_id = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `tipAmount`: Tip as a fixed amount in USD.
    pub fn tip_amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.tip_amount = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `tipAmount` as `null`.
    pub fn clear_tip_amount(mut self) -> Self {
        self.tip_amount = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `tipRate`: Tip in percent of the base amount.
    pub fn tip_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.tip_rate = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `tipRate` as `null`.
    pub fn clear_tip_rate(mut self) -> Self {
        self.tip_rate = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `percentageOffRate`: Discount percentage.
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

    /// Property `useCardPrice`: Required when the merchant uses dual pricing (ZeroCostProcessingOption DualPricing): true for the card price, false for the cash price.
    pub fn use_card_price(mut self, value: bool) -> Self {
        self.use_card_price = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `useCardPrice` as `null`.
    pub fn clear_use_card_price(mut self) -> Self {
        self.use_card_price = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `appVersion`: Version of the mobile app.
    pub fn app_version(mut self, value: impl Into<String>) -> Self {
        self.app_version = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `appVersion` as `null`.
    pub fn clear_app_version(mut self) -> Self {
        self.app_version = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `sdkVersion`: Version of the Aurora SDK.
    pub fn sdk_version(mut self, value: impl Into<String>) -> Self {
        self.sdk_version = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `sdkVersion` as `null`.
    pub fn clear_sdk_version(mut self) -> Self {
        self.sdk_version = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `billingAddress`: An object with the properties `city`, `countryId`, `line1`, `line2`, `postalCode`, `stateName` and `stateId`. Required: `city` and `countryId`.
    pub fn billing_address(mut self, value: super::AddressDto) -> Self {
        self.billing_address = Some(value);
        self
    }

    /// Property `shippingAddress`: An object with the properties `city`, `countryId`, `line1`, `line2`, `postalCode`, `stateName` and `stateId`. Required: `city` and `countryId`.
    pub fn shipping_address(mut self, value: super::AddressDto) -> Self {
        self.shipping_address = Some(value);
        self
    }

    /// Property `contactInfo`: An object with the properties `companyName`, `firstName`, `lastName`, `email`, `mobilePhoneNumber` and `smsNotification`. Required: `companyName`.
    pub fn contact_info(mut self, value: super::ContactInfoDto) -> Self {
        self.contact_info = Some(value);
        self
    }

    /// Property `securityCode`: Card verification code (3 or 4 digits).
    pub fn security_code(mut self, value: impl Into<String>) -> Self {
        self.security_code = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `securityCode` as `null`.
    pub fn clear_security_code(mut self) -> Self {
        self.security_code = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `track1`: Raw track 1 data read from the magnetic stripe.
    pub fn track1(mut self, value: impl Into<String>) -> Self {
        self.track1 = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `track1` as `null`.
    pub fn clear_track1(mut self) -> Self {
        self.track1 = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `track2`: Raw track 2 data read from the magnetic stripe.
    pub fn track2(mut self, value: impl Into<String>) -> Self {
        self.track2 = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `track2` as `null`.
    pub fn clear_track2(mut self) -> Self {
        self.track2 = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `emvTags`: EMV tag data read from the chip, one entry per tag.
    pub fn emv_tags(mut self, value: Vec<String>) -> Self {
        self.emv_tags = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `emvTags` as `null`.
    pub fn clear_emv_tags(mut self) -> Self {
        self.emv_tags = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `emvPaymentAppVersion`: Version of the payment application on the card reader.
    pub fn emv_payment_app_version(mut self, value: impl Into<String>) -> Self {
        self.emv_payment_app_version = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `emvPaymentAppVersion` as `null`.
    pub fn clear_emv_payment_app_version(mut self) -> Self {
        self.emv_payment_app_version = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `pin`: Encrypted PIN for the terminal.
    pub fn pin(mut self, value: impl Into<String>) -> Self {
        self.pin = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `pin` as `null`.
    pub fn clear_pin(mut self) -> Self {
        self.pin = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `pinKsn`: KSN for DUKPT PIN encryption.
    pub fn pin_ksn(mut self, value: impl Into<String>) -> Self {
        self.pin_ksn = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `pinKsn` as `null`.
    pub fn clear_pin_ksn(mut self) -> Self {
        self.pin_ksn = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `debit`: When true the card is processed as debit, otherwise as credit.
    pub fn debit(mut self, value: bool) -> Self {
        self.debit = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `debit` as `null`.
    pub fn clear_debit(mut self) -> Self {
        self.debit = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `emvFallbackCondition`: Why a chip card fell back to a magnetic-stripe read. Omit or send null when there was no fallback. The vendor's request samples send null here.
    pub fn emv_fallback_condition(mut self, value: super::EmvFallbackCondition) -> Self {
        self.emv_fallback_condition = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `emvFallbackCondition` as `null`.
    pub fn clear_emv_fallback_condition(mut self) -> Self {
        self.emv_fallback_condition = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `emvFallbackLastChipRead`: Outcome of the last chip read before a fallback. Omit or send null when there was no fallback. The vendor's request samples send null here.
    pub fn emv_fallback_last_chip_read(mut self, value: super::EmvFallbackLastChipRead) -> Self {
        self.emv_fallback_last_chip_read = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `emvFallbackLastChipRead` as `null`.
    pub fn clear_emv_fallback_last_chip_read(mut self) -> Self {
        self.emv_fallback_last_chip_read = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `referenceId`: Caller's own reference for the transaction; also used by duplicate detection.
    pub fn reference_id(mut self, value: impl Into<String>) -> Self {
        self.reference_id = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `referenceId` as `null`.
    pub fn clear_reference_id(mut self) -> Self {
        self.reference_id = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `l2`: Level 2 (commercial card) data; null when not used.
    pub fn l2(mut self, value: super::IsvL2Data) -> Self {
        self.l2 = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `l2` as `null`.
    pub fn clear_l2(mut self) -> Self {
        self.l2 = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `l3`: Level 3 (line-item) data; null when not used.
    pub fn l3(mut self, value: super::IsvL3Data) -> Self {
        self.l3 = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `l3` as `null`.
    pub fn clear_l3(mut self) -> Self {
        self.l3 = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `customerInitiatedTransaction`: Customer Initiated Transaction if true.
    ///
    /// Default: `false`.
    pub fn customer_initiated_transaction(mut self, value: bool) -> Self {
        self.customer_initiated_transaction = Some(value);
        self
    }
}
