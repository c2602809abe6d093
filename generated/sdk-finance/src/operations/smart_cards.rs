use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// The caller's smart cards.
#[derive(Clone, Copy, Debug)]
pub struct SmartCardsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> SmartCardsApi<'a> {
    /// List the caller's smart cards
    ///
    /// Returns the smart cards of the authenticated user, each linked to a wallet.
    ///
    /// `GET /smart-cards/my`
    pub fn list_my_smart_cards(&self) -> ListMySmartCards<'a> {
        ListMySmartCards {
            call: Call::new(self.client),
        }
    }
}

/// List the caller's smart cards
///
/// `GET /smart-cards/my`, started by [`SmartCardsApi::list_my_smart_cards`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListMySmartCards<'a> {
    call: Call<'a>,
}

impl<'a> ListMySmartCards<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::SmartCardListResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::SmartCardListResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for ListMySmartCards<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListMySmartCards<'_> {
    type Output = crate::models::SmartCardListResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/smart-cards/my",
        security: &[&["tokenAuth"]],
        idempotent: true,
    };

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}
