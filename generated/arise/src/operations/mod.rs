/// Operations tagged `ACH Transactions`.
pub mod ach_transactions;

/// Operations tagged `API Suite Fundamentals`.
pub mod api_suite_fundamentals;

/// Operations tagged `Categories`.
pub mod categories;

/// Operations tagged `Configurations`.
pub mod configurations;

/// Operations tagged `Customers`.
pub mod customers;

/// Operations tagged `Devices`.
pub mod devices;

/// Operations tagged `Invoices`.
pub mod invoices;

/// Operations tagged `Invoices Settings`.
pub mod invoices_settings;

/// Operations tagged `Line Items`.
pub mod line_items;

/// Operations tagged `Merchant API Keys`.
pub mod merchant_api_keys;

/// Operations tagged `Payment Sessions`.
pub mod payment_sessions;

/// Operations tagged `Ping`.
pub mod ping;

/// Operations tagged `POS Transactions`.
pub mod pos_transactions;

/// Operations tagged `Quick Payments`.
pub mod quick_payments;

/// Operations tagged `Settlement Batches`.
pub mod settlement_batches;

/// Operations tagged `Subscription`.
pub mod subscription;

/// Operations tagged `Terminals`.
pub mod terminals;

/// Operations tagged `Transaction Settings`.
pub mod transaction_settings;

/// Operations tagged `Transactions`.
pub mod transactions;
