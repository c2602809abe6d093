//! What each generated operation contributes to a call.

use crate::error::Error;
use crate::request::{ApiRequest, RawResponse, Response, Route};

/// One operation of a generated crate, holding its parameters: how its request is built and how
/// its response is read. The crate's `Call` type adds the per-call options and the sending, so
/// that code exists once per crate, not once per operation.
pub trait Operation {
    /// What a successful call returns.
    type Output;
    /// The body of the API's error responses.
    type ErrorBody;

    /// Method, path template, security and idempotency, as the spec gives them.
    const ROUTE: Route;

    /// Builds the request from the parameters; per-call options are left at their defaults.
    /// Operations without parameters or body send the route as it is.
    fn request(&self) -> Result<ApiRequest, Error<Self::ErrorBody>> {
        Ok(ApiRequest::from_route(&Self::ROUTE))
    }

    /// Reads a response of any status: the typed body on success, the API error otherwise.
    fn decode(raw: RawResponse) -> Result<Response<Self::Output>, Error<Self::ErrorBody>>;
}
