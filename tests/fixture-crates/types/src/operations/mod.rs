/// Operations tagged `cards`.
#[cfg(feature = "cards")]
pub mod cards;

/// Operations tagged `pets`.
#[cfg(feature = "pets")]
pub mod pets;

/// Operations tagged `things`.
#[cfg(feature = "things")]
pub mod things;
