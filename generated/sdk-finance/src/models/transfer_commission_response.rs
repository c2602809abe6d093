/// Amounts of a priced transfer and its endpoints. The 2022-2023 generation names the
/// currency through `issuer`, the 2024 generation through `currency`.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TransferCommissionResponse {
    /// Commission charged.
    #[serde(
        rename = "commissionAmountPush",
        with = "paygen_runtime::decimal::number"
    )]
    pub commission_amount_push: paygen_runtime::Decimal,
    /// Short form of a currency (2024 generation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<super::CurrencyShort>,
    /// Short form of an issuer (2022-2023 generation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<super::IssuerShort>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Source and destination of a transfer, as wallet serials or card numbers.
    #[serde(
        rename = "paymentToolDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_tool_details: Option<super::PaymentToolDetails>,
    /// Amount the recipient receives.
    #[serde(
        rename = "recipientAmountPush",
        with = "paygen_runtime::decimal::number"
    )]
    pub recipient_amount_push: paygen_runtime::Decimal,
    /// Amount taken from the sender.
    #[serde(rename = "senderAmountPush", with = "paygen_runtime::decimal::number")]
    pub sender_amount_push: paygen_runtime::Decimal,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Amount of the transfer itself.
    #[serde(rename = "transactionAmount", with = "paygen_runtime::decimal::number")]
    pub transaction_amount: paygen_runtime::Decimal,
}
