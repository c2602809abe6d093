/// The `ReceiptAmountDto` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReceiptAmountDto {
    /// Original amount (in USD) of a transaction before adjustments are applied.
    #[serde(
        rename = "baseAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub base_amount: Option<paygen_runtime::Decimal>,
    /// Discount amount (in USD) taken off.
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
    /// Discount amount (in USD) when a cash (or cash-equivalent) discount is applied.
    #[serde(
        rename = "cashDiscountAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub cash_discount_amount: Option<paygen_runtime::Decimal>,
    /// Discount percentage for a cash (or cash-equivalent) discount.
    #[serde(
        rename = "cashDiscountRate",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub cash_discount_rate: Option<paygen_runtime::Decimal>,
    /// Amount (in USD) when a surcharge is applicable.
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
    /// Absolute amount (in USD) of tip to be added.
    #[serde(
        rename = "tipAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub tip_amount: Option<paygen_runtime::Decimal>,
    /// Tip rate as a percentage of the base amount to be added.
    #[serde(
        rename = "tipRate",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub tip_rate: Option<paygen_runtime::Decimal>,
    /// Transaction's total amount.
    #[serde(
        rename = "totalAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub total_amount: Option<paygen_runtime::Decimal>,
}
