/// Obtaining a session token with login and password, including the one-time-password step.
pub mod authorization;

/// The catalog of banks used by bank top-ups and withdrawals (administrator).
pub mod bank_catalog;

/// Crediting wallets from bank transfers, directly or through requests an accountant accepts or declines.
pub mod bank_top_ups;

/// Withdrawal requests from wallets to bank accounts, accepted or declined by an accountant.
pub mod bank_withdrawals;

/// The caller's wallets ("coins") and validation of wallet serials.
pub mod coins;

/// Currencies and the issuers that put them in circulation (administrator).
pub mod currencies;

/// Searching organisations, for example the system organisation that service users belong to (administrator).
pub mod organizations;

/// Self-registration of individual and merchant users, confirmed with a one-time password.
pub mod registration;

/// The caller's smart cards.
pub mod smart_cards;

/// Saved transfer destinations, and transfers executed from them.
pub mod transfer_templates;

/// Creating and searching users (administrator).
pub mod users;
