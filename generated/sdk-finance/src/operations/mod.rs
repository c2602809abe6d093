/// Obtaining a session token with login and password, including the one-time-password step.
#[cfg(feature = "authorization")]
pub mod authorization;

/// The catalog of banks used by bank top-ups and withdrawals (administrator).
#[cfg(feature = "bank-catalog")]
pub mod bank_catalog;

/// Crediting wallets from bank transfers, directly or through requests an accountant accepts or declines.
#[cfg(feature = "bank-top-ups")]
pub mod bank_top_ups;

/// Withdrawal requests from wallets to bank accounts, accepted or declined by an accountant.
#[cfg(feature = "bank-withdrawals")]
pub mod bank_withdrawals;

/// The caller's wallets ("coins") and validation of wallet serials.
#[cfg(feature = "coins")]
pub mod coins;

/// Currencies and the issuers that put them in circulation (administrator).
#[cfg(feature = "currencies")]
pub mod currencies;

/// Searching organisations, for example the system organisation that service users belong to (administrator).
#[cfg(feature = "organizations")]
pub mod organizations;

/// Self-registration of individual and merchant users, confirmed with a one-time password.
#[cfg(feature = "registration")]
pub mod registration;

/// The caller's smart cards.
#[cfg(feature = "smart-cards")]
pub mod smart_cards;

/// Saved transfer destinations, and transfers executed from them.
#[cfg(feature = "transfer-templates")]
pub mod transfer_templates;

/// Creating and searching users (administrator).
#[cfg(feature = "users")]
pub mod users;
