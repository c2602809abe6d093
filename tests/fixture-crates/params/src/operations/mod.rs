/// Operations tagged `accounts`.
pub mod accounts;
