/// The 2 operations tagged `cards`: `get_card` and `create_card`.
pub mod cards;

/// The operation tagged `documents`: `upload_document`.
pub mod documents;
