/// An object with the properties `cardDataSource`, `transactionId`, `track1`, `track2`, `emvTags`, `emvPaymentAppVersion`, `pin`, `pinKsn` and 1 more. Required: `cardDataSource` and `transactionId`.
#[derive(Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct RefundTransactionRequest {
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.CardDataSource).
    #[serde(rename = "cardDataSource")]
    pub card_data_source: super::CardDataSource,
    /// Transaction identifier.
    #[serde(rename = "transactionId")]
    pub transaction_id: paygen_runtime::Uuid,
    /// Raw track 1 data read from the magnetic stripe.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub track1: paygen_runtime::Nullable<String>,
    /// Raw track 2 data read from the magnetic stripe (card number, expiry and related data).
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
    /// Text.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub pin: paygen_runtime::Nullable<String>,
    /// Text.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "pinKsn",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub pin_ksn: paygen_runtime::Nullable<String>,
    /// Amount
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub amount: paygen_runtime::Nullable<paygen_runtime::Decimal>,
}

impl std::fmt::Debug for RefundTransactionRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RefundTransactionRequest")
            .field("card_data_source", &self.card_data_source)
            .field("transaction_id", &self.transaction_id)
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
            .field("amount", &self.amount)
            .finish()
    }
}

impl paygen_runtime::redact::SensitiveValues for RefundTransactionRequest {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::values_of(&self.track1, out);
        paygen_runtime::redact::values_of(&self.track2, out);
        paygen_runtime::redact::values_of(&self.emv_tags, out);
        paygen_runtime::redact::values_of(&self.pin, out);
    }
}

impl RefundTransactionRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(
        card_data_source: super::CardDataSource,
        transaction_id: paygen_runtime::Uuid,
    ) -> Self {
        Self {
            card_data_source,
            transaction_id,
            track1: paygen_runtime::Nullable::Absent,
            track2: paygen_runtime::Nullable::Absent,
            emv_tags: paygen_runtime::Nullable::Absent,
            emv_payment_app_version: paygen_runtime::Nullable::Absent,
            pin: paygen_runtime::Nullable::Absent,
            pin_ksn: paygen_runtime::Nullable::Absent,
            amount: paygen_runtime::Nullable::Absent,
        }
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

    /// Property `track2`: Raw track 2 data read from the magnetic stripe (card number, expiry and related data).
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

    /// Property `pin`: Text.
    pub fn pin(mut self, value: impl Into<String>) -> Self {
        self.pin = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `pin` as `null`.
    pub fn clear_pin(mut self) -> Self {
        self.pin = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `pinKsn`: Text.
    pub fn pin_ksn(mut self, value: impl Into<String>) -> Self {
        self.pin_ksn = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `pinKsn` as `null`.
    pub fn clear_pin_ksn(mut self) -> Self {
        self.pin_ksn = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `amount`: Amount
    pub fn amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.amount = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `amount` as `null`.
    pub fn clear_amount(mut self) -> Self {
        self.amount = paygen_runtime::Nullable::Null;
        self
    }
}
