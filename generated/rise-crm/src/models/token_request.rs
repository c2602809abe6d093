/// Token request, either the password grant or the refresh_token grant.
///
/// Variants are told apart by their shape; the `grant_type` property names the variant.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum TokenRequest {
    /// A [`PasswordGrantRequest`](super::PasswordGrantRequest).
    PasswordGrantRequest(super::PasswordGrantRequest),
    /// A [`RefreshTokenGrantRequest`](super::RefreshTokenGrantRequest).
    RefreshTokenGrantRequest(super::RefreshTokenGrantRequest),
}
