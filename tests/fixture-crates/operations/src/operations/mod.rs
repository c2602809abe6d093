/// Operations tagged `auth`.
#[cfg(feature = "auth")]
pub mod auth;

/// Operations tagged `orders`.
#[cfg(feature = "orders")]
pub mod orders;
