/// Operations tagged `Auth`.
#[cfg(feature = "auth")]
pub mod auth;

/// Operations tagged `Lightning`.
#[cfg(feature = "lightning")]
pub mod lightning;

/// Operations tagged `Order`.
#[cfg(feature = "order")]
pub mod order;

/// Operations tagged `Wallets`.
#[cfg(feature = "wallets")]
pub mod wallets;
