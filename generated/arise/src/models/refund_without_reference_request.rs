/// An object with the properties `cardDataSource`, `currencyId`, `debit`, `paymentProcessorId`, `customerId`, `amount`, `accountNumber`, `securityCode` and 14 more. Required: `cardDataSource`, `currencyId`, `debit` and `paymentProcessorId`.
#[derive(Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct RefundWithoutReferenceRequest {
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.CardDataSource).
    #[serde(rename = "cardDataSource")]
    pub card_data_source: super::CardDataSource,
    /// Aurora currency identifier.
    #[serde(rename = "currencyId")]
    pub currency_id: i32,
    /// Card as a debit card.
    pub debit: bool,
    /// Id of the payment processor.
    #[serde(rename = "paymentProcessorId")]
    pub payment_processor_id: paygen_runtime::Uuid,
    /// Customer identifier.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "customerId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub customer_id: paygen_runtime::Nullable<paygen_runtime::Uuid>,
    /// The amount of the transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub amount: Option<paygen_runtime::Decimal>,
    /// Card number (13 to 19 digits).
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "accountNumber",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub account_number: paygen_runtime::Nullable<String>,
    /// Card verification code (3 or 4 digits).
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "securityCode",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub security_code: paygen_runtime::Nullable<String>,
    /// Card expiry month.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "expirationMonth",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub expiration_month: paygen_runtime::Nullable<i32>,
    /// Card expiry year.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "expirationYear",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub expiration_year: paygen_runtime::Nullable<i32>,
    /// Magnetic track 1.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub track1: paygen_runtime::Nullable<String>,
    /// Magnetic track 2.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub track2: paygen_runtime::Nullable<String>,
    /// EMV tag data read from the chip, passed through unchanged.
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
    /// Contact details of the customer; null when not given.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "contactInfo",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub contact_info: paygen_runtime::Nullable<super::ContactInfoDto>,
    /// Encrypted PIN for the terminal.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub pin: paygen_runtime::Nullable<String>,
    /// Key serial number (KSN) for a DUKPT-encrypted PIN; only needed with DUKPT.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "pinKsn",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub pin_ksn: paygen_runtime::Nullable<String>,
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
}

impl std::fmt::Debug for RefundWithoutReferenceRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RefundWithoutReferenceRequest")
            .field("card_data_source", &self.card_data_source)
            .field("currency_id", &self.currency_id)
            .field("debit", &self.debit)
            .field("payment_processor_id", &self.payment_processor_id)
            .field("customer_id", &self.customer_id)
            .field("amount", &self.amount)
            .field(
                "account_number",
                &paygen_runtime::redact::Redacted::last4(&self.account_number),
            )
            .field(
                "security_code",
                &paygen_runtime::redact::Redacted::full(&self.security_code),
            )
            .field("expiration_month", &self.expiration_month)
            .field("expiration_year", &self.expiration_year)
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
            .field("billing_address", &self.billing_address)
            .field("shipping_address", &self.shipping_address)
            .field("contact_info", &self.contact_info)
            .field("pin", &paygen_runtime::redact::Redacted::full(&self.pin))
            .field("pin_ksn", &self.pin_ksn)
            .field("emv_fallback_condition", &self.emv_fallback_condition)
            .field(
                "emv_fallback_last_chip_read",
                &self.emv_fallback_last_chip_read,
            )
            .field("reference_id", &self.reference_id)
            .finish()
    }
}

impl paygen_runtime::redact::SensitiveValues for RefundWithoutReferenceRequest {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::values_of(&self.account_number, out);
        paygen_runtime::redact::values_of(&self.security_code, out);
        paygen_runtime::redact::values_of(&self.track1, out);
        paygen_runtime::redact::values_of(&self.track2, out);
        paygen_runtime::redact::values_of(&self.emv_tags, out);
        paygen_runtime::redact::values_of(&self.pin, out);
    }
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
            customer_id: paygen_runtime::Nullable::Absent,
            amount: None,
            account_number: paygen_runtime::Nullable::Absent,
            security_code: paygen_runtime::Nullable::Absent,
            expiration_month: paygen_runtime::Nullable::Absent,
            expiration_year: paygen_runtime::Nullable::Absent,
            track1: paygen_runtime::Nullable::Absent,
            track2: paygen_runtime::Nullable::Absent,
            emv_tags: paygen_runtime::Nullable::Absent,
            emv_payment_app_version: paygen_runtime::Nullable::Absent,
            billing_address: None,
            shipping_address: None,
            contact_info: paygen_runtime::Nullable::Absent,
            pin: paygen_runtime::Nullable::Absent,
            pin_ksn: paygen_runtime::Nullable::Absent,
            emv_fallback_condition: paygen_runtime::Nullable::Absent,
            emv_fallback_last_chip_read: paygen_runtime::Nullable::Absent,
            reference_id: paygen_runtime::Nullable::Absent,
        }
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

    /// Property `amount`: The amount of the transaction.
    pub fn amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.amount = Some(value);
        self
    }

    /// Property `accountNumber`: Card number (13 to 19 digits).
    pub fn account_number(mut self, value: impl Into<String>) -> Self {
        self.account_number = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `accountNumber` as `null`.
    pub fn clear_account_number(mut self) -> Self {
        self.account_number = paygen_runtime::Nullable::Null;
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

    /// Property `expirationMonth`: Card expiry month.
    pub fn expiration_month(mut self, value: i32) -> Self {
        self.expiration_month = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `expirationMonth` as `null`.
    pub fn clear_expiration_month(mut self) -> Self {
        self.expiration_month = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `expirationYear`: Card expiry year.
    pub fn expiration_year(mut self, value: i32) -> Self {
        self.expiration_year = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `expirationYear` as `null`.
    pub fn clear_expiration_year(mut self) -> Self {
        self.expiration_year = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `track1`: Magnetic track 1.
    pub fn track1(mut self, value: impl Into<String>) -> Self {
        self.track1 = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `track1` as `null`.
    pub fn clear_track1(mut self) -> Self {
        self.track1 = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `track2`: Magnetic track 2.
    pub fn track2(mut self, value: impl Into<String>) -> Self {
        self.track2 = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `track2` as `null`.
    pub fn clear_track2(mut self) -> Self {
        self.track2 = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `emvTags`: EMV tag data read from the chip, passed through unchanged.
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

    /// Property `contactInfo`: Contact details of the customer; null when not given.
    pub fn contact_info(mut self, value: super::ContactInfoDto) -> Self {
        self.contact_info = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `contactInfo` as `null`.
    pub fn clear_contact_info(mut self) -> Self {
        self.contact_info = paygen_runtime::Nullable::Null;
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

    /// Property `pinKsn`: Key serial number (KSN) for a DUKPT-encrypted PIN; only needed with DUKPT.
    pub fn pin_ksn(mut self, value: impl Into<String>) -> Self {
        self.pin_ksn = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `pinKsn` as `null`.
    pub fn clear_pin_ksn(mut self) -> Self {
        self.pin_ksn = paygen_runtime::Nullable::Null;
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
}
