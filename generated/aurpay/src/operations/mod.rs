/// Exchange dashboard credentials for an API key.
#[cfg(feature = "auth")]
pub mod auth;

/// Bitcoin Lightning Network (BLN) balance, invoices (orders) and withdrawals.
#[cfg(feature = "lightning")]
pub mod lightning;

/// Crypto payment orders, transactions, refunds and the supported currency lists.
#[cfg(feature = "order")]
pub mod order;

/// Merchant custodial wallets, balance withdrawals and self-custody wallets.
#[cfg(feature = "wallets")]
pub mod wallets;
