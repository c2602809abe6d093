//! Runtime for paygen-generated API clients.
//!
//! Generated crates contain only wiring (types, one function per operation, builder setters);
//! the behaviour lives here: [`Core`] sends requests with auth, timeouts and retries;
//! [`decode_json`] and friends turn responses into values or [`Error`]s; [`auth`] holds the
//! credential providers; [`pagination`], [`decimal`], [`money`], [`callback`] and the lenient
//! [`DateTime`]/[`Date`] types cover the rest. See the crate README for the exact contract.
#![deny(missing_docs)]

pub use bytes::Bytes;
pub use futures;
pub use reqwest;
pub use reqwest::{header::HeaderMap, Method, StatusCode};
pub use rust_decimal::Decimal;
pub use serde;
pub use serde_json;
pub use uuid::Uuid;

pub mod auth;
pub mod callback;
mod core;
mod datetime;
pub mod decimal;
mod decode;
mod encode;
mod error;
pub mod money;
pub mod multipart;
pub mod nullable;
mod operation;
pub mod pagination;
mod param;
pub mod redact;
mod request;
mod retry;
mod secret;
pub mod tagged;

pub use crate::core::{
    redirect_policy, Core, CoreBuilder, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
};
pub use datetime::{Date, DateTime};
pub use decode::{
    api_error, body_bytes, check_envelope, decode_json, decode_success, decode_text, no_body,
};
pub use encode::{
    deep_object_pairs, form_body, form_body_encoded, form_param_pairs, json_body, multipart_body,
    simple_param, FormStyle,
};
pub use error::{
    excerpt, ApiError, AuthError, ConfigError, DecodeError, Error, TransportError, EXCERPT_LIMIT,
};
pub use nullable::Nullable;
pub use operation::{missing_parameter, CallOptions, Operation};
pub use param::{encode_path_segment, ParamValue};
pub use request::{
    ApiRequest, MultipartPart, MultipartValue, RawResponse, RequestBody, RequestOptions, Response,
    Route,
};
pub use retry::{retry_after, RetryPolicy};
pub use secret::Secret;
