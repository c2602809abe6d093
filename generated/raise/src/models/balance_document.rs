/// Single-resource document wrapping the client balance.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct BalanceDocument {
    /// A `balance` resource: the client's fund for buying gift cards.
    pub data: super::Balance,
}
