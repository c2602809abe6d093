/// Operations tagged `Auth`.
#[cfg(feature = "auth")]
pub mod auth;

/// Operations tagged `Balance`.
#[cfg(feature = "balance")]
pub mod balance;

/// Operations tagged `Brands`.
#[cfg(feature = "brands")]
pub mod brands;

/// Operations tagged `Cards`.
#[cfg(feature = "cards")]
pub mod cards;

/// Operations tagged `Categories`.
#[cfg(feature = "categories")]
pub mod categories;

/// Operations tagged `Countries`.
#[cfg(feature = "countries")]
pub mod countries;

/// Operations tagged `Tokens`.
#[cfg(feature = "tokens")]
pub mod tokens;

/// Operations tagged `Transactions`.
#[cfg(feature = "transactions")]
pub mod transactions;
