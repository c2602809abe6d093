/// The caller's wallets.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CoinListResponse {
    /// The `coins` field.
    pub coins: Vec<super::Coin>,
}
