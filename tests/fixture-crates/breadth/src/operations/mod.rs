/// Operations tagged `items`.
#[cfg(feature = "items")]
pub mod items;

/// Operations tagged `notes`.
#[cfg(feature = "notes")]
pub mod notes;
