use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// Read-only merchant payment configuration and contact data.
#[derive(Clone, Copy, Debug)]
pub struct ConfigurationsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> ConfigurationsApi<'a> {
    /// Get the payment configuration
    ///
    /// Returns the payment settings of the current merchant: zero-cost processing mode and rates, tip options, available currencies, card types, transaction types and payment processors, AVS settings and limits.
    ///
    /// `GET /pay-api/v1/configurations/payments`
    pub fn get_payment_configurations(&self) -> GetPaymentConfigurations<'a> {
        GetPaymentConfigurations {
            call: Call::new(self.client),
        }
    }

    /// Get the merchant contact records
    ///
    /// Returns the addresses and contact details configured for the current merchant.
    ///
    /// `GET /pay-api/v1/configurations/contact-infos`
    pub fn get_contact_infos(&self) -> GetContactInfos<'a> {
        GetContactInfos {
            call: Call::new(self.client),
        }
    }
}

/// Get the payment configuration
///
/// `GET /pay-api/v1/configurations/payments`, started by [`ConfigurationsApi::get_payment_configurations`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPaymentConfigurations<'a> {
    call: Call<'a>,
}

impl<'a> GetPaymentConfigurations<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::GetPaymentConfigurationsResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::GetPaymentConfigurationsResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetPaymentConfigurations<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetPaymentConfigurations<'_> {
    type Output = crate::models::GetPaymentConfigurationsResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-api/v1/configurations/payments",
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

/// Get the merchant contact records
///
/// `GET /pay-api/v1/configurations/contact-infos`, started by [`ConfigurationsApi::get_contact_infos`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetContactInfos<'a> {
    call: Call<'a>,
}

impl<'a> GetContactInfos<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::GetContactInfosResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::GetContactInfosResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetContactInfos<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetContactInfos<'_> {
    type Output = crate::models::GetContactInfosResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-api/v1/configurations/contact-infos",
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
