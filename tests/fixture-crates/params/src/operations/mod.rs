/// Operations tagged `accounts`.
#[cfg(feature = "accounts")]
pub mod accounts;
