/// Operations tagged `Auth`.
#[cfg(feature = "auth")]
pub mod auth;

/// Operations tagged `Boarding`.
#[cfg(feature = "boarding")]
pub mod boarding;
