use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// Self-registration of individual and merchant users, confirmed with a one-time password.
#[derive(Clone, Copy, Debug)]
pub struct RegistrationApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> RegistrationApi<'a> {
    /// Register an individual or merchant user
    ///
    /// Starts self-registration: the platform sends a one-time password (six digits by default)
    /// to the login, which is an e-mail address or a phone number without the leading `+`.
    /// Finish with `confirmRegistration`. Merchants also give a `legalType`.
    ///
    /// `POST /registration`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn register(&self, body: impl Into<crate::models::RegistrationRequest>) -> Register<'a> {
        Register {
            call: Call::new(self.client),
            body: body.into(),
        }
    }

    /// Confirm a registration and set the password
    ///
    /// Completes self-registration with the one-time password and the new password. The
    /// password needs at least 8 characters, with an upper-case letter, a lower-case letter, a
    /// digit and one of `# $ ! @ * & %`. The response names the new user and organisation in
    /// `members\[\].user.id` and `members\[\].organization.id`.
    ///
    /// `POST /registration/confirm`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn confirm_registration(
        &self,
        body: impl Into<crate::models::RegistrationConfirmRequest>,
    ) -> ConfirmRegistration<'a> {
        ConfirmRegistration {
            call: Call::new(self.client),
            body: body.into(),
        }
    }
}

/// Register an individual or merchant user
///
/// `POST /registration`, started by [`RegistrationApi::register`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct Register<'a> {
    call: Call<'a>,
    body: crate::models::RegistrationRequest,
}

impl<'a> Register<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::RegistrationResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::RegistrationResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for Register<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for Register<'_> {
    type Output = crate::models::RegistrationResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/registration",
        security: &[],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.body = paygen_runtime::json_body(&self.body)?;
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Confirm a registration and set the password
///
/// `POST /registration/confirm`, started by [`RegistrationApi::confirm_registration`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ConfirmRegistration<'a> {
    call: Call<'a>,
    body: crate::models::RegistrationConfirmRequest,
}

impl<'a> ConfirmRegistration<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::AuthorizationResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::AuthorizationResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for ConfirmRegistration<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ConfirmRegistration<'_> {
    type Output = crate::models::AuthorizationResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/registration/confirm",
        security: &[],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.body = paygen_runtime::json_body(&self.body)?;
        request.sensitive_values_of(&self.body);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}
