/// Operations tagged `items`.
pub mod items;

/// Operations tagged `notes`.
pub mod notes;
