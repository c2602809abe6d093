use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// The operation tagged `cards`: `add_card`.
#[derive(Clone, Copy, Debug)]
pub struct CardsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> CardsApi<'a> {
    /// Add a card (sensitive fields at every depth)
    ///
    /// `POST /cards`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn add_card(&self, body: impl Into<crate::models::CardRequest>) -> AddCard<'a> {
        AddCard {
            call: Call::new(self.client),
            x_card_pin: None,
            otp: None,
            label: None,
            body: body.into(),
        }
    }
}

/// Add a card (sensitive fields at every depth)
///
/// `POST /cards`, started by [`CardsApi::add_card`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AddCard<'a> {
    call: Call<'a>,
    x_card_pin: Option<String>,
    otp: Option<String>,
    label: Option<String>,
    body: crate::models::CardRequest,
}

impl std::fmt::Debug for AddCard<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AddCard")
            .field(
                "x_card_pin",
                &paygen_runtime::redact::Redacted::full(&self.x_card_pin),
            )
            .field("otp", &paygen_runtime::redact::Redacted::full(&self.otp))
            .field("label", &self.label)
            .field("body", &self.body)
            .finish()
    }
}

impl<'a> AddCard<'a> {
    /// Header parameter `X-Card-Pin`: A sensitive parameter (marked on the parameter).
    pub fn x_card_pin(mut self, value: impl Into<String>) -> Self {
        self.x_card_pin = Some(value.into());
        self
    }

    /// Query parameter `otp`: A sensitive parameter (its schema is `format: password`).
    pub fn otp(mut self, value: impl Into<String>) -> Self {
        self.otp = Some(value.into());
        self
    }

    /// Query parameter `label`: Text.
    pub fn label(mut self, value: impl Into<String>) -> Self {
        self.label = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::CardRequest, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::CardRequest>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for AddCard<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for AddCard<'_> {
    type Output = crate::models::CardRequest;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/cards",
        security: &[],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.x_card_pin {
            request.header("X-Card-Pin", value);
            request.sensitive_param(value);
        }
        if let Some(value) = &self.otp {
            request.query("otp", value);
            request.sensitive_param(value);
        }
        if let Some(value) = &self.label {
            request.query("label", value);
        }
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
