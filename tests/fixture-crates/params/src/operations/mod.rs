/// The 2 operations tagged `accounts`: `get_account` and `close_window`.
#[cfg(feature = "accounts")]
pub mod accounts;
