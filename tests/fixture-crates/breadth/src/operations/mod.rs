/// The 6 operations tagged `items`: `get_items_id`, `update_item`, `create_item`, `create_item_form`, `get_items_id_document` and `create_item2`.
#[cfg(feature = "items")]
pub mod items;

/// The 7 operations tagged `notes`: `add_note`, `upload`, `replace_note`, `replace_note_bytes`, `replace_note_text`, `replace_note_markdown` and `import_items`.
#[cfg(feature = "notes")]
pub mod notes;
