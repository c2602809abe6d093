/// Result of a login, a login confirmation or a registration confirmation.
///
/// **Inferred:** The seed does not list which fields are always present; the vendor's own web front-end types them as always present (research notes, `Auth.types.ts`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct AuthorizationResponse {
    /// Outcome of a login. `OTP_SENT` means a one-time password was sent and `confirmAuthorization` must follow.
    pub action: super::AuthorizationAction,
    /// A session token and the moment it stops being valid.
    #[serde(rename = "authorizationToken")]
    pub authorization_token: super::AuthorizationToken,
    /// One entry per membership of the user, each with its own token. Absent when `action` is `OTP_SENT`.
    ///
    /// **Inferred:** A created token comes with at least one membership (the vendor's front end reads the first one, research notes); the documents never show an empty list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<super::AuthorizedMember>>,
}
