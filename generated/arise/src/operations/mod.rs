/// Operations tagged `ACH Transactions`.
#[cfg(feature = "ach-transactions")]
pub mod ach_transactions;

/// Operations tagged `API Suite Fundamentals`.
#[cfg(feature = "api-suite-fundamentals")]
pub mod api_suite_fundamentals;

/// Operations tagged `Categories`.
#[cfg(feature = "categories")]
pub mod categories;

/// Operations tagged `Configurations`.
#[cfg(feature = "configurations")]
pub mod configurations;

/// Operations tagged `Customers`.
#[cfg(feature = "customers")]
pub mod customers;

/// Operations tagged `Devices`.
#[cfg(feature = "devices")]
pub mod devices;

/// Operations tagged `Invoices`.
#[cfg(feature = "invoices")]
pub mod invoices;

/// Operations tagged `Invoices Settings`.
#[cfg(feature = "invoices-settings")]
pub mod invoices_settings;

/// Operations tagged `Line Items`.
#[cfg(feature = "line-items")]
pub mod line_items;

/// Operations tagged `Merchant API Keys`.
#[cfg(feature = "merchant-api-keys")]
pub mod merchant_api_keys;

/// Operations tagged `Payment Sessions`.
#[cfg(feature = "payment-sessions")]
pub mod payment_sessions;

/// Operations tagged `Ping`.
#[cfg(feature = "ping")]
pub mod ping;

/// Operations tagged `POS Transactions`.
#[cfg(feature = "pos-transactions")]
pub mod pos_transactions;

/// Operations tagged `Quick Payments`.
#[cfg(feature = "quick-payments")]
pub mod quick_payments;

/// Operations tagged `Settlement Batches`.
#[cfg(feature = "settlement-batches")]
pub mod settlement_batches;

/// Operations tagged `Subscription`.
#[cfg(feature = "subscription")]
pub mod subscription;

/// Operations tagged `Terminals`.
#[cfg(feature = "terminals")]
pub mod terminals;

/// Operations tagged `Transaction Settings`.
#[cfg(feature = "transaction-settings")]
pub mod transaction_settings;

/// Operations tagged `Transactions`.
#[cfg(feature = "transactions")]
pub mod transactions;
