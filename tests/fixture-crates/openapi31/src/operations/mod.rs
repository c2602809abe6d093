/// Operations tagged `cards`.
pub mod cards;

/// Operations tagged `documents`.
pub mod documents;
