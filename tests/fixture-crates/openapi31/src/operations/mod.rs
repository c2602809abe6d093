/// The 2 operations tagged `cards`: `get_card` and `create_card`.
#[cfg(feature = "cards")]
pub mod cards;

/// The operation tagged `documents`: `upload_document`.
#[cfg(feature = "documents")]
pub mod documents;
