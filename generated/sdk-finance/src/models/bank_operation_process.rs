/// A bank top-up or withdrawal and its state, as the platform records it.
#[derive(Clone, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct BankOperationProcess {
    /// Bank details recorded on a top-up or withdrawal. Any field may be null.
    #[serde(rename = "bankInfo", default, skip_serializing_if = "Option::is_none")]
    pub bank_info: Option<super::BankInfo>,
    /// Amount of the operation.
    #[serde(
        rename = "cashAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub cash_amount: Option<paygen_runtime::Decimal>,
    /// A wallet as it appears on an operation or transaction.
    #[serde(
        rename = "clientCoin",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub client_coin: Option<super::ClientCoin>,
    /// A date and time (RFC 3339).
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<paygen_runtime::DateTime>,
    /// Text.
    #[serde(rename = "fullName", default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iban: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Number that `accept` and `decline` operations take.
    #[serde(rename = "requestIdentifier")]
    pub request_identifier: i64,
    /// Text.
    #[serde(
        rename = "requestStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub request_status: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// A list of objects with the properties `amount`, `from`, `id`, `issuer`, `performedAt`, `to`, `type` and `updatedAt`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transactions: Option<Vec<super::Transaction>>,
    /// Text.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// A date and time (RFC 3339).
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<paygen_runtime::DateTime>,
}

impl std::fmt::Debug for BankOperationProcess {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BankOperationProcess")
            .field("bank_info", &self.bank_info)
            .field("cash_amount", &self.cash_amount)
            .field("client_coin", &self.client_coin)
            .field("created_at", &self.created_at)
            .field("full_name", &self.full_name)
            .field("iban", &paygen_runtime::redact::Redacted::full(&self.iban))
            .field("id", &self.id)
            .field("request_identifier", &self.request_identifier)
            .field("request_status", &self.request_status)
            .field("status", &self.status)
            .field("transactions", &self.transactions)
            .field("type_", &self.type_)
            .field("updated_at", &self.updated_at)
            .finish()
    }
}
