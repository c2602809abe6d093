/// Operations tagged `cards`.
#[cfg(feature = "cards")]
pub mod cards;

/// Operations tagged `documents`.
#[cfg(feature = "documents")]
pub mod documents;
