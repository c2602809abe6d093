/// A top-up request for a wallet, pending acceptance. Fields from the SDK.finance knowledge base.
#[derive(Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct BankTopUpRequestCreateRequest {
    /// A decimal amount. Example: `0.01`.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub amount: paygen_runtime::Decimal,
    /// The customer's bank account number.
    #[serde(
        rename = "bankAccountNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub bank_account_number: Option<String>,
    /// A `bankId` from the bank catalog.
    #[serde(rename = "bankId", default, skip_serializing_if = "Option::is_none")]
    pub bank_id: Option<String>,
    /// Serial of the wallet.
    #[serde(rename = "coinSerial")]
    pub coin_serial: String,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Name of the bank account holder.
    #[serde(rename = "fullName", default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iban: Option<String>,
}

impl std::fmt::Debug for BankTopUpRequestCreateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BankTopUpRequestCreateRequest")
            .field("amount", &self.amount)
            .field(
                "bank_account_number",
                &paygen_runtime::redact::Redacted::full(&self.bank_account_number),
            )
            .field("bank_id", &self.bank_id)
            .field("coin_serial", &self.coin_serial)
            .field("description", &self.description)
            .field("full_name", &self.full_name)
            .field("iban", &paygen_runtime::redact::Redacted::full(&self.iban))
            .finish()
    }
}

impl paygen_runtime::redact::SensitiveValues for BankTopUpRequestCreateRequest {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::values_of(&self.bank_account_number, out);
        paygen_runtime::redact::values_of(&self.iban, out);
    }
}

impl BankTopUpRequestCreateRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(amount: paygen_runtime::Decimal, coin_serial: impl Into<String>) -> Self {
        Self {
            amount,
            bank_account_number: None,
            bank_id: None,
            coin_serial: coin_serial.into(),
            description: None,
            full_name: None,
            iban: None,
        }
    }

    /// Property `bankAccountNumber`: The customer's bank account number.
    pub fn bank_account_number(mut self, value: impl Into<String>) -> Self {
        self.bank_account_number = Some(value.into());
        self
    }

    /// Property `bankId`: A `bankId` from the bank catalog.
    pub fn bank_id(mut self, value: impl Into<String>) -> Self {
        self.bank_id = Some(value.into());
        self
    }

    /// Property `description`: Free text.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Property `fullName`: Name of the bank account holder.
    pub fn full_name(mut self, value: impl Into<String>) -> Self {
        self.full_name = Some(value.into());
        self
    }

    /// Property `iban`: Text.
    pub fn iban(mut self, value: impl Into<String>) -> Self {
        self.iban = Some(value.into());
        self
    }
}
