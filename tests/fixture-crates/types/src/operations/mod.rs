/// The operation tagged `cards`: `add_card`.
pub mod cards;

/// The operation tagged `pets`: `get_pet`.
pub mod pets;

/// The operation tagged `things`: `create_thing`.
pub mod things;
