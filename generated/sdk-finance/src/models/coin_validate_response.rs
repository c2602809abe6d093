/// Owner and currency of a valid wallet. The 2022-2023 generation returns `issuer`, the 2024 one `currency`.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CoinValidateResponse {
    /// A currency. `id`, `snPrefix`, `active`, `fraction` and `isMain` belong to the 2024 generation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<super::Currency>,
    /// Short form of an issuer (2022-2023 generation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<super::IssuerShort>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The organisation that owns a wallet.
    pub owner: super::CoinOwner,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}
