/// Operations tagged `Auth`.
pub mod auth;

/// Operations tagged `Boarding`.
pub mod boarding;
