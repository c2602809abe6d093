/// Exchange dashboard credentials for an API key.
pub mod auth;

/// Bitcoin Lightning Network (BLN) balance, invoices (orders) and withdrawals.
pub mod lightning;

/// Crypto payment orders, transactions, refunds and the supported currency lists.
pub mod order;

/// Merchant custodial wallets, balance withdrawals and self-custody wallets.
pub mod wallets;
