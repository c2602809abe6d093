/// A `balance` resource: the client's fund for buying gift cards.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Balance {
    /// Resource type; always `balance`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Identifier of the balance resource.
    pub id: String,
    /// Fund amounts, always in US cents whatever `X-Currency` says.
    pub attributes: super::BalanceAttributes,
}
