/// Fund amounts, always in US cents whatever `X-Currency` says.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct BalanceAttributes {
    /// Amount available for new purchases, in US cents.
    pub available_balance: i64,
    /// Amount held for purchases in progress, in US cents.
    pub reserved_balance: i64,
    /// Amount not yet settled into the fund, in US cents.
    pub pending_balance: i64,
}
