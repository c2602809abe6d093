/// A ledger movement between two wallets.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Transaction {
    /// A decimal amount.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub amount: Option<paygen_runtime::Decimal>,
    /// A wallet as it appears on an operation or transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<super::ClientCoin>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Short form of an issuer (2022-2023 generation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<super::IssuerShort>,
    /// A date and time (RFC 3339).
    #[serde(
        rename = "performedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub performed_at: Option<paygen_runtime::DateTime>,
    /// A wallet as it appears on an operation or transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<super::ClientCoin>,
    /// Text.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// A date and time (RFC 3339).
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<paygen_runtime::DateTime>,
}
