/// Single-resource document wrapping an auth token resource.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct AuthTokenDocument {
    /// An `auth/tokens` resource: either a challenge nonce (after `GENERATE_NONCE`) or a customer bearer token (after `VALIDATE_VERIFICATION` or `REFRESH`).
    pub data: super::AuthToken,
}
