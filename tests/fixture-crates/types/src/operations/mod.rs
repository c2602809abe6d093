/// Operations tagged `cards`.
pub mod cards;
/// Operations tagged `pets`.
pub mod pets;
