/// OAuth2 access and refresh tokens.
pub mod auth;

/// Merchant boarding applications, either submitted in one call or built up as drafts.
pub mod boarding;
