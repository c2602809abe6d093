/// The issued API key.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ApiKey {
    /// JWT-format key; send it as the `API-Key` header.
    pub access_token: String,
}
