/// OAuth2 access and refresh tokens.
#[cfg(feature = "auth")]
pub mod auth;

/// Merchant boarding applications, either submitted in one call or built up as drafts.
#[cfg(feature = "boarding")]
pub mod boarding;
