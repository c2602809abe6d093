/// Create, hold, release, void and refund ACH (bank) debits and credits.
pub mod ach_transactions;

/// Access-token issuance (OAuth 2.0 client credentials) on the separate OAuth host.
pub mod api_suite_fundamentals;

/// Catalog categories that group invoice line items.
pub mod categories;

/// Read-only merchant payment configuration and contact data.
pub mod configurations;

/// Customer records and their stored card and bank payment methods.
pub mod customers;

/// Mobile devices of the merchant and tap-to-pay enablement.
pub mod devices;

/// Invoice lifecycle: drafts, publishing, payment, notifications and PDF download.
pub mod invoices;

/// Per-merchant invoice defaults.
pub mod invoices_settings;

/// Catalog products and services and the unit types they use.
pub mod line_items;

/// Affiliate (ISV) management of merchant API keys, plus the affiliate merchant list.
pub mod merchant_api_keys;

/// Hosted payment sessions for paying and/or saving a payment method.
pub mod payment_sessions;

/// Credential check for the access token.
pub mod ping;

/// Transactions driven on physical payment terminals.
pub mod pos_transactions;

/// One-time and reusable payment links.
pub mod quick_payments;

/// Settlement batch listing.
pub mod settlement_batches;

/// Recurring card and ACH payment schedules.
pub mod subscription;

/// Payment terminals of the merchant and their live status.
pub mod terminals;

/// Transaction auto-fill settings of the merchant.
pub mod transaction_settings;

/// Card transactions: authorize, sale, capture, refund, void, tips, settlement and receipts.
pub mod transactions;
