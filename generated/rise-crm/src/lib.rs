#![doc = include_str!("../README.md")]
#![deny(missing_docs)]
#![allow(
    clippy::large_enum_variant,
    clippy::too_many_arguments,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
#![cfg_attr(not(all(feature = "auth", feature = "boarding")), allow(dead_code))]
/// The client, its builder and the environments.
pub mod client;

/// Request and response types.
pub mod models;

/// One module per tag: its operations and their parameters.
pub mod operations;
pub use client::{Client, ClientBuilder, Environment};

/// The runtime this crate is built on: `Uuid`, `Decimal`, auth providers, pagination.
pub use paygen_runtime as runtime;
pub use paygen_runtime::{CallOptions, Response, RetryPolicy, Secret};

/// The body of an error response, as JSON: the spec documents no error schema.
pub type ErrorBody = serde_json::Value;

/// Everything a call can fail with; API errors carry an [`ErrorBody`].
pub type Error = paygen_runtime::Error<ErrorBody>;
