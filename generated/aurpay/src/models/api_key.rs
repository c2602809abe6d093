/// The issued API key.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ApiKey {
    /// JWT-format key; send it as the `API-Key` header.
    pub access_token: String,
}
