use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// The 2 operations tagged `cards`: `get_card` and `create_card`.
#[derive(Clone, Copy, Debug)]
pub struct CardsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> CardsApi<'a> {
    /// GET /cards/{cardId}
    ///
    /// `GET /cards/{cardId}`
    ///
    /// # Arguments
    /// - `card_id` (`cardId`): Text.
    pub fn get_card(&self, card_id: impl Into<String>) -> GetCard<'a> {
        GetCard {
            call: Call::new(self.client),
            card_id: card_id.into(),
        }
    }

    /// POST /cards
    ///
    /// `POST /cards`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_card(&self, body: impl Into<crate::models::NewCard>) -> CreateCard<'a> {
        CreateCard {
            call: Call::new(self.client),
            body: body.into(),
        }
    }
}

/// GET /cards/{cardId}
///
/// `GET /cards/{cardId}`, started by [`CardsApi::get_card`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetCard<'a> {
    call: Call<'a>,
    card_id: String,
}

impl<'a> GetCard<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<crate::models::Card, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::Card>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetCard<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetCard<'_> {
    type Output = crate::models::Card;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/cards/{cardId}",
        security: &[],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("cardId", &self.card_id);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// POST /cards
///
/// `POST /cards`, started by [`CardsApi::create_card`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateCard<'a> {
    call: Call<'a>,
    body: crate::models::NewCard,
}

impl<'a> CreateCard<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<crate::models::Card, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::Card>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateCard<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateCard<'_> {
    type Output = crate::models::Card;
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
