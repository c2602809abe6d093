/// The `CalculateAmountResponse` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CalculateAmountResponse {
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.Currency).
    #[serde(
        rename = "currencyId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub currency_id: Option<super::Currency>,
    /// The `currency` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.ZeroCostProcessingOption).
    #[serde(
        rename = "zeroCostProcessingOptionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub zero_cost_processing_option_id: Option<super::ZeroCostProcessingOption>,
    /// Zero Cost Processing Option name.
    #[serde(
        rename = "zeroCostProcessingOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub zero_cost_processing_option: Option<String>,
    /// The `useCardPrice` field.
    #[serde(
        rename = "useCardPrice",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub use_card_price: Option<bool>,
    /// The `cash` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cash: Option<super::AmountDto>,
    /// The `creditCard` field.
    #[serde(
        rename = "creditCard",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_card: Option<super::AmountDto>,
    /// The `debitCard` field.
    #[serde(rename = "debitCard", default, skip_serializing_if = "Option::is_none")]
    pub debit_card: Option<super::AmountDto>,
    /// The `ach` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ach: Option<super::AmountDto>,
}
