/// Per-customer authentication for app and web clients: methods and tokens.
pub mod auth;

/// The client's fund for buying gift cards.
pub mod balance;

/// The gift card brand catalogue.
pub mod brands;

/// Purchased gift cards and actions on them.
pub mod cards;

/// Groupings of brands.
pub mod categories;

/// Supported countries and their currencies.
pub mod countries;

/// Server bearer tokens obtained with the client id and secret.
pub mod tokens;

/// Gift card orders.
pub mod transactions;
