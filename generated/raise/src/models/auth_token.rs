/// An `auth/tokens` resource: either a challenge nonce (after `GENERATE_NONCE`) or a customer bearer token (after `VALIDATE_VERIFICATION` or `REFRESH`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct AuthToken {
    /// Resource type. The attribute table says `tokens` while every example returns `auth/tokens`; both values are accepted.
    #[serde(rename = "type")]
    pub type_: super::AuthTokenTypeValue,
    /// Identifier of the token resource.
    pub id: String,
    /// Attributes of an auth token resource. A nonce step returns `type` (the method type) and `nonce`; a validation or refresh step returns `token`, `type` (`BEARER`) and `expires_at`.
    pub attributes: super::AuthTokenAttributes,
}
