/// Operations tagged `auth`.
pub mod auth;

/// Operations tagged `orders`.
pub mod orders;
