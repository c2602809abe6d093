/// Wallet and amount to price. The knowledge base also shows the bank fields on some of its
/// examples; the platform probably ignores them for a calculation.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CommissionCalculateRequest {
    /// The `amount` field.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub amount: paygen_runtime::Decimal,
    /// The `bankAccountNumber` field.
    #[serde(
        rename = "bankAccountNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub bank_account_number: Option<String>,
    /// The `bankId` field.
    #[serde(rename = "bankId", default, skip_serializing_if = "Option::is_none")]
    pub bank_id: Option<String>,
    /// Serial of the wallet.
    #[serde(rename = "coinSerial")]
    pub coin_serial: String,
    /// The `fullName` field.
    #[serde(rename = "fullName", default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// The `iban` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iban: Option<String>,
}
