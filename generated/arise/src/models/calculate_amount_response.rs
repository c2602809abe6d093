/// An object with the properties `currencyId`, `currency`, `zeroCostProcessingOptionId`, `zeroCostProcessingOption`, `useCardPrice`, `cash`, `creditCard`, `debitCard` and 1 more.
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
    /// Text.
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
    /// `true` or `false`.
    #[serde(
        rename = "useCardPrice",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub use_card_price: Option<bool>,
    /// An object with the properties `baseAmount`, `percentageOffAmount`, `percentageOffRate`, `cashDiscountAmount`, `cashDiscountRate`, `cashDiscountPercentage`, `surchargeAmount`, `surchargeRate` and 5 more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cash: Option<super::AmountDto>,
    /// An object with the properties `baseAmount`, `percentageOffAmount`, `percentageOffRate`, `cashDiscountAmount`, `cashDiscountRate`, `cashDiscountPercentage`, `surchargeAmount`, `surchargeRate` and 5 more.
    #[serde(
        rename = "creditCard",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_card: Option<super::AmountDto>,
    /// An object with the properties `baseAmount`, `percentageOffAmount`, `percentageOffRate`, `cashDiscountAmount`, `cashDiscountRate`, `cashDiscountPercentage`, `surchargeAmount`, `surchargeRate` and 5 more.
    #[serde(rename = "debitCard", default, skip_serializing_if = "Option::is_none")]
    pub debit_card: Option<super::AmountDto>,
    /// An object with the properties `baseAmount`, `percentageOffAmount`, `percentageOffRate`, `cashDiscountAmount`, `cashDiscountRate`, `cashDiscountPercentage`, `surchargeAmount`, `surchargeRate` and 5 more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ach: Option<super::AmountDto>,
}
