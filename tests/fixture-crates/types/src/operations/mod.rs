/// Operations tagged `cards`.
pub mod cards;

/// Operations tagged `pets`.
pub mod pets;

/// Operations tagged `things`.
pub mod things;
