/// Operations tagged `Auth`.
pub mod auth;

/// Operations tagged `Balance`.
pub mod balance;

/// Operations tagged `Brands`.
pub mod brands;

/// Operations tagged `Cards`.
pub mod cards;

/// Operations tagged `Categories`.
pub mod categories;

/// Operations tagged `Countries`.
pub mod countries;

/// Operations tagged `Tokens`.
pub mod tokens;

/// Operations tagged `Transactions`.
pub mod transactions;
