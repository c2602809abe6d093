/// A bank top-up or withdrawal for a wallet. Fields from the SDK.finance knowledge base.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BankOperationRequest {
    /// The `amount` field.
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
    /// Name of the bank account holder.
    #[serde(rename = "fullName", default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// The `iban` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iban: Option<String>,
}
