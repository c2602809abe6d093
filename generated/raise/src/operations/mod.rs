/// Per-customer authentication for app and web clients: methods and tokens.
#[cfg(feature = "auth")]
pub mod auth;

/// The client's fund for buying gift cards.
#[cfg(feature = "balance")]
pub mod balance;

/// The gift card brand catalogue.
#[cfg(feature = "brands")]
pub mod brands;

/// Purchased gift cards and actions on them.
#[cfg(feature = "cards")]
pub mod cards;

/// Groupings of brands.
#[cfg(feature = "categories")]
pub mod categories;

/// Supported countries and their currencies.
#[cfg(feature = "countries")]
pub mod countries;

/// Server bearer tokens obtained with the client id and secret.
#[cfg(feature = "tokens")]
pub mod tokens;

/// Gift card orders.
#[cfg(feature = "transactions")]
pub mod transactions;
