/// Create, hold, release, void and refund ACH (bank) debits and credits.
#[cfg(feature = "ach-transactions")]
pub mod ach_transactions;

/// Access-token issuance (OAuth 2.0 client credentials) on the separate OAuth host.
#[cfg(feature = "api-suite-fundamentals")]
pub mod api_suite_fundamentals;

/// Catalog categories that group invoice line items.
#[cfg(feature = "categories")]
pub mod categories;

/// Read-only merchant payment configuration and contact data.
#[cfg(feature = "configurations")]
pub mod configurations;

/// Customer records and their stored card and bank payment methods.
#[cfg(feature = "customers")]
pub mod customers;

/// Mobile devices of the merchant and tap-to-pay enablement.
#[cfg(feature = "devices")]
pub mod devices;

/// Invoice lifecycle: drafts, publishing, payment, notifications and PDF download.
#[cfg(feature = "invoices")]
pub mod invoices;

/// Per-merchant invoice defaults.
#[cfg(feature = "invoices-settings")]
pub mod invoices_settings;

/// Catalog products and services and the unit types they use.
#[cfg(feature = "line-items")]
pub mod line_items;

/// Affiliate (ISV) management of merchant API keys, plus the affiliate merchant list.
#[cfg(feature = "merchant-api-keys")]
pub mod merchant_api_keys;

/// Hosted payment sessions for paying and/or saving a payment method.
#[cfg(feature = "payment-sessions")]
pub mod payment_sessions;

/// Credential check for the access token.
#[cfg(feature = "ping")]
pub mod ping;

/// Transactions driven on physical payment terminals.
#[cfg(feature = "pos-transactions")]
pub mod pos_transactions;

/// One-time and reusable payment links.
#[cfg(feature = "quick-payments")]
pub mod quick_payments;

/// Settlement batch listing.
#[cfg(feature = "settlement-batches")]
pub mod settlement_batches;

/// Recurring card and ACH payment schedules.
#[cfg(feature = "subscription")]
pub mod subscription;

/// Payment terminals of the merchant and their live status.
#[cfg(feature = "terminals")]
pub mod terminals;

/// Transaction auto-fill settings of the merchant.
#[cfg(feature = "transaction-settings")]
pub mod transaction_settings;

/// Card transactions: authorize, sale, capture, refund, void, tips, settlement and receipts.
#[cfg(feature = "transactions")]
pub mod transactions;
