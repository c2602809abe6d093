/// The `RefundTransactionRequest` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RefundTransactionRequest {
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.CardDataSource).
    #[serde(rename = "cardDataSource")]
    pub card_data_source: super::CardDataSource,
    /// Transaction identifier.
    #[serde(rename = "transactionId")]
    pub transaction_id: paygen_runtime::Uuid,
    /// The card data from track 1 of the magnetic stripe.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub track1: paygen_runtime::Nullable<String>,
    /// Information stored on the magnetic stripe of a credit or debit card, including the card number, expiration date, and cardholder's name.
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
    /// The version number of the payment application in use.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "emvPaymentAppVersion",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub emv_payment_app_version: paygen_runtime::Nullable<String>,
    /// The `pin` field.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub pin: paygen_runtime::Nullable<String>,
    /// The `pinKsn` field.
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
    /// Sets `amount`.
    pub fn with_amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.amount = paygen_runtime::Nullable::Value(value);
        self
    }
}
