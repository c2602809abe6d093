/// A transfer template just saved.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TransferTemplateResponse {
    /// A decimal amount.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub amount: Option<paygen_runtime::Decimal>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Text.
    pub id: String,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The destination wallet of a transfer template.
    #[serde(
        rename = "recipientCoin",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub recipient_coin: Option<super::RecipientCoin>,
    /// Text.
    #[serde(
        rename = "recipientPhoneNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub recipient_phone_number: Option<String>,
    /// A wallet. The 2022-2023 generation names its currency through `issuer`, the 2024
    /// generation through `currency`.
    #[serde(
        rename = "senderCoin",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sender_coin: Option<super::Coin>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}
