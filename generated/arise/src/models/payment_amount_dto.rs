/// An object with the properties `baseAmount`, `percentageOffAmount`, `percentageOffRate`, `cashDiscountAmount`, `cashDiscountRate`, `surchargeAmount`, `surchargeRate` and `totalAmount`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct PaymentAmountDto {
    /// Amount in USD before any discount, surcharge or tip.
    #[serde(
        rename = "baseAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub base_amount: Option<paygen_runtime::Decimal>,
    /// Discount in USD, from percentageOffRate.
    #[serde(
        rename = "percentageOffAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub percentage_off_amount: Option<paygen_runtime::Decimal>,
    /// Discount percentage.
    #[serde(
        rename = "percentageOffRate",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub percentage_off_rate: Option<paygen_runtime::Decimal>,
    /// Cash (or cash-equivalent) discount in USD.
    #[serde(
        rename = "cashDiscountAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub cash_discount_amount: Option<paygen_runtime::Decimal>,
    /// Cash (or cash-equivalent) discount, as a percentage.
    #[serde(
        rename = "cashDiscountRate",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub cash_discount_rate: Option<paygen_runtime::Decimal>,
    /// Surcharge in USD, when one applies.
    #[serde(
        rename = "surchargeAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub surcharge_amount: Option<paygen_runtime::Decimal>,
    /// Surcharge percentage.
    #[serde(
        rename = "surchargeRate",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub surcharge_rate: Option<paygen_runtime::Decimal>,
    /// Transaction's total amount.
    #[serde(
        rename = "totalAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub total_amount: Option<paygen_runtime::Decimal>,
}
