/// Operations tagged `Auth`.
pub mod auth;

/// Operations tagged `Lightning`.
pub mod lightning;

/// Operations tagged `Order`.
pub mod order;

/// Operations tagged `Wallets`.
pub mod wallets;
