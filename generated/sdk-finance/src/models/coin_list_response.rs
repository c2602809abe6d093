/// The caller's wallets.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CoinListResponse {
    /// The `coins` field.
    pub coins: Vec<super::Coin>,
}
