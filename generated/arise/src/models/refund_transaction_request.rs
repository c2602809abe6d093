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
    /// Amount
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub amount: Option<paygen_runtime::Decimal>,
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
            track1: None,
            track2: None,
            emv_tags: None,
            emv_payment_app_version: None,
            pin: None,
            pin_ksn: None,
            amount: None,
        }
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
    /// Sets `amount`.
    pub fn with_amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.amount = Some(value);
        self
    }
}
