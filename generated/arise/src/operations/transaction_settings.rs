use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// Transaction auto-fill settings of the merchant.
#[derive(Clone, Copy, Debug)]
pub struct TransactionSettingsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> TransactionSettingsApi<'a> {
    /// Get the L2/L3 autofill settings
    ///
    /// Returns which transaction fields are auto-filled for the current merchant.
    ///
    /// `GET /pay-api/v1/transactions/settings/autofill`
    pub fn get_autofill_settings(&self) -> GetAutofillSettings<'a> {
        GetAutofillSettings {
            call: Call::new(self.client),
        }
    }

    /// Change the L2/L3 autofill settings
    ///
    /// Changes the auto-fill settings for transactions of the current merchant.
    ///
    /// `PUT /pay-api/v1/transactions/settings/autofill`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn update_autofill_settings(
        &self,
        body: impl Into<crate::models::UpdateAutofillSettingsRequest>,
    ) -> UpdateAutofillSettings<'a> {
        UpdateAutofillSettings {
            call: Call::new(self.client),
            body: body.into(),
        }
    }
}

/// Get the L2/L3 autofill settings
///
/// `GET /pay-api/v1/transactions/settings/autofill`, started by [`TransactionSettingsApi::get_autofill_settings`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAutofillSettings<'a> {
    call: Call<'a>,
}

impl<'a> GetAutofillSettings<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::GetAutofillSettingsResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::GetAutofillSettingsResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetAutofillSettings<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetAutofillSettings<'_> {
    type Output = crate::models::GetAutofillSettingsResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-api/v1/transactions/settings/autofill",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Change the L2/L3 autofill settings
///
/// `PUT /pay-api/v1/transactions/settings/autofill`, started by [`TransactionSettingsApi::update_autofill_settings`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateAutofillSettings<'a> {
    call: Call<'a>,
    body: crate::models::UpdateAutofillSettingsRequest,
}

impl<'a> UpdateAutofillSettings<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<(), crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<()>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for UpdateAutofillSettings<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for UpdateAutofillSettings<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PUT,
        path: "/pay-api/v1/transactions/settings/autofill",
        security: &[&["Bearer"]],
        idempotent: true,
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
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}
