use crate::client::Client;

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
    pub fn register(
        &self,
        body: crate::models::RegistrationRequest,
    ) -> crate::client::Call<'a, Register> {
        crate::client::Call::new(self.client, Register { body })
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
        body: crate::models::RegistrationConfirmRequest,
    ) -> crate::client::Call<'a, ConfirmRegistration> {
        crate::client::Call::new(self.client, ConfirmRegistration { body })
    }
}

/// The parameters of `POST /registration`, set on the [`Call`](crate::client::Call) that [`register`](RegistrationApi::register) returns.
#[derive(Clone, Debug)]
pub struct Register {
    body: crate::models::RegistrationRequest,
}

impl paygen_runtime::Operation for Register {
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

/// The parameters of `POST /registration/confirm`, set on the [`Call`](crate::client::Call) that [`confirm_registration`](RegistrationApi::confirm_registration) returns.
#[derive(Clone, Debug)]
pub struct ConfirmRegistration {
    body: crate::models::RegistrationConfirmRequest,
}

impl paygen_runtime::Operation for ConfirmRegistration {
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
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}
