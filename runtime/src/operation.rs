//! What each generated operation contributes to a call, and the per-call options every
//! operation's builder shares.

use std::time::Duration;

use crate::error::{ConfigError, Error};
use crate::request::{ApiRequest, RawResponse, RequestOptions, Response, Route};
use crate::retry::RetryPolicy;

/// One operation of a generated crate, holding its parameters: how its request is built and how
/// its response is read. Each operation is its own builder type; the crate's generic `Call`
/// sends it, so the sending exists once per crate, not once per operation.
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

/// Per-call options, offered by every operation's builder: the builder only says where its
/// [`RequestOptions`] are, the setters are written once, here.
///
/// Bring it into scope (`use <crate>::CallOptions;`) to set a timeout, deadline, retry policy
/// or extra header on one call.
pub trait CallOptions: Sized {
    /// The options of this call.
    fn options_mut(&mut self) -> &mut RequestOptions;

    /// Overrides the client's per-attempt timeout for this call: the time one attempt (token
    /// fetching, sending, reading the whole body) may take. A timed-out attempt may be retried,
    /// so the call as a whole can take longer; see [`deadline`](Self::deadline).
    fn timeout(mut self, timeout: Duration) -> Self {
        self.options_mut().timeout = Some(timeout);
        self
    }

    /// Overrides the client's deadline for this call: the time the whole call may take, every
    /// attempt and the waits between retries included. When it passes, the call ends with
    /// `Error::Deadline`; a retry that could not finish in time is not started and the last
    /// answer is returned instead.
    fn deadline(mut self, deadline: Duration) -> Self {
        self.options_mut().deadline = Some(deadline);
        self
    }

    /// Overrides the client's connect timeout for this call.
    fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.options_mut().connect_timeout = Some(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    fn retry(mut self, policy: RetryPolicy) -> Self {
        self.options_mut().retry = Some(policy);
        self
    }

    /// Adds a header to this call.
    fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options_mut().headers.push((name.into(), value.into()));
        self
    }
}

/// The error of a call missing a required parameter that the client may supply as a default
/// (a header most operations share): neither the client nor the call set it.
pub fn missing_parameter<E>(wire_name: &str, setter: &str) -> Error<E> {
    Error::Config(ConfigError::Other(format!(
        "the required parameter `{wire_name}` is not set: call `.{setter}(..)` on the client \
         builder (for every call) or on this call"
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Call {
        options: RequestOptions,
    }

    impl CallOptions for Call {
        fn options_mut(&mut self) -> &mut RequestOptions {
            &mut self.options
        }
    }

    #[test]
    fn every_option_lands_in_the_request_options() {
        let call = Call::default()
            .timeout(Duration::from_secs(1))
            .deadline(Duration::from_secs(2))
            .connect_timeout(Duration::from_secs(3))
            .retry(RetryPolicy::none())
            .header("X-Trace", "t-1");
        let options = call.options;
        assert_eq!(options.timeout, Some(Duration::from_secs(1)));
        assert_eq!(options.deadline, Some(Duration::from_secs(2)));
        assert_eq!(options.connect_timeout, Some(Duration::from_secs(3)));
        assert!(options.retry.is_some());
        assert_eq!(
            options.headers,
            [("X-Trace".to_string(), "t-1".to_string())]
        );
    }

    #[test]
    fn a_missing_parameter_names_the_header_and_the_setter() {
        let error = missing_parameter::<()>("X-Country", "x_country");
        let text = error.to_string();
        assert!(text.contains("`X-Country`"), "{text}");
        assert!(text.contains("`.x_country(..)`"), "{text}");
        assert!(matches!(error, Error::Config(ConfigError::Other(_))));
    }
}
