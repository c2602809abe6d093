/// A transfer template just saved.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TransferTemplateResponse {
    /// The `amount` field.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub amount: Option<paygen_runtime::Decimal>,
    /// The `description` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `id` field.
    pub id: String,
    /// The `message` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The destination wallet of a transfer template.
    #[serde(
        rename = "recipientCoin",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub recipient_coin: Option<super::RecipientCoin>,
    /// The `recipientPhoneNumber` field.
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
    /// The `status` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}
