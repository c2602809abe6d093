/// Operations tagged `pets`.
pub mod pets;
