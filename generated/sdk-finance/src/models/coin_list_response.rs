/// The caller's wallets.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CoinListResponse {
    /// A list of objects with the properties `active`, `amount`, `availableAmount`, `creditLimit`, `currency`, `futureAmount`, `heldAmount`, `issuer` and 4 more.
    pub coins: Vec<super::Coin>,
}
