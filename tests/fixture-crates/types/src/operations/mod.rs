/// The operation tagged `cards`: `add_card`.
#[cfg(feature = "cards")]
pub mod cards;

/// The operation tagged `pets`: `get_pet`.
#[cfg(feature = "pets")]
pub mod pets;

/// The operation tagged `things`: `create_thing`.
#[cfg(feature = "things")]
pub mod things;
