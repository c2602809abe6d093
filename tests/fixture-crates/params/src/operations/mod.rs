/// The 2 operations tagged `accounts`: `get_account` and `close_window`.
pub mod accounts;
