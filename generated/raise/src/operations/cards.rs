use crate::client::{Call, Client};
use paygen_runtime::Response;
use paygen_runtime::futures::Stream;
use std::future::Future;

/// Purchased gift cards and actions on them.
#[derive(Clone, Copy, Debug)]
pub struct CardsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> CardsApi<'a> {
    /// List cards
    ///
    /// Pages through purchased cards with optional filters and sorting. The brands of the listed cards come once each in `included`. Customer-token clients only see their own customer's cards.
    ///
    /// `GET /cards`
    ///
    /// # Arguments
    /// - `customer_id` (`customer[id]`): Only cards of this customer (your id). Required for clients using the Tokens resource; ignored for customer-token clients.
    ///
    /// Pages: [`into_stream`](ListCards::into_stream) on the returned call walks every item.
    pub fn list_cards(&self, customer_id: impl Into<String>) -> ListCards<'a> {
        ListCards {
            call: Call::new(self.client),
            customer_id: customer_id.into(),
            id: None,
            transaction_id: None,
            state: None,
            page_number: None,
            page_size: None,
            sort_by: None,
            sort_order: None,
        }
    }

    /// Run an action on a card
    ///
    /// Checks a card's balance with the merchant, marks it redeemed (state `REDEEMED`, balance zero) or records a balance you supply, and returns the card.
    ///
    /// `PATCH /cards/{id}`
    ///
    /// # Arguments
    /// - `id` (`id`): Card identifier. Documented only as a string (the examples are UUIDs), so no UUID format is assumed.
    /// - `body`: the request body (application/json)
    pub fn update_card(
        &self,
        id: impl Into<String>,
        body: impl Into<crate::models::CardUpdateRequest>,
    ) -> UpdateCard<'a> {
        UpdateCard {
            call: Call::new(self.client),
            id: id.into(),
            body: body.into(),
        }
    }
}

/// List cards
///
/// `GET /cards`, started by [`CardsApi::list_cards`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCards<'a> {
    call: Call<'a>,
    customer_id: String,
    id: Option<String>,
    transaction_id: Option<String>,
    state: Option<crate::models::CardState>,
    page_number: Option<i32>,
    page_size: Option<i32>,
    sort_by: Option<crate::models::ListCardsSortBy>,
    sort_order: Option<crate::models::SortOrder>,
}

impl<'a> ListCards<'a> {
    /// Query parameter `id`: Only the card with this id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Query parameter `transaction_id`: Only the cards of this transaction.
    pub fn transaction_id(mut self, value: impl Into<String>) -> Self {
        self.transaction_id = Some(value.into());
        self
    }

    /// Query parameter `state`: Only cards in this state.
    pub fn state(mut self, value: impl Into<crate::models::CardState>) -> Self {
        self.state = Some(value.into());
        self
    }

    /// Query parameter `page[number]`: Zero-based page index (5 returns the sixth page).
    pub fn page_number(mut self, value: i32) -> Self {
        self.page_number = Some(value);
        self
    }

    /// Query parameter `page[size]`: Results per page, at most 500.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }

    /// Query parameter `sort_by`: Field to sort by.
    pub fn sort_by(mut self, value: impl Into<crate::models::ListCardsSortBy>) -> Self {
        self.sort_by = Some(value.into());
        self
    }

    /// Query parameter `sort[order]`: Sort direction.
    pub fn sort_order(mut self, value: impl Into<crate::models::SortOrder>) -> Self {
        self.sort_order = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::CardListDocument, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::CardListDocument>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }

    /// Walks every page from the first, yielding items one by one. The stream ends after
    /// the last page, on an empty page, or after the first error.
    #[inline]
    pub fn into_stream(self) -> impl Stream<Item = Result<crate::models::Card, crate::Error>> + 'a {
        self.call.clone().stream(self)
    }
}

impl paygen_runtime::CallOptions for ListCards<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListCards<'_> {
    type Output = crate::models::CardListDocument;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/cards",
        security: &[&["bearerAuth"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.query("customer[id]", &self.customer_id);
        if let Some(value) = &self.id {
            request.query("id", value);
        }
        if let Some(value) = &self.transaction_id {
            request.query("transaction_id", value);
        }
        if let Some(value) = &self.state {
            request.query("state", value);
        }
        if let Some(value) = &self.page_number {
            request.query("page[number]", value);
        }
        if let Some(value) = &self.page_size {
            request.query("page[size]", value);
        }
        if let Some(value) = &self.sort_by {
            request.query("sort_by", value);
        }
        if let Some(value) = &self.sort_order {
            request.query("sort[order]", value);
        }
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

impl paygen_runtime::pagination::Paged for ListCards<'_> {
    type Item = crate::models::Card;

    fn page_spec() -> paygen_runtime::pagination::PageSpec {
        paygen_runtime::pagination::PageSpec {
            first_page: 0u64,
            items: "/data",
            stop: paygen_runtime::pagination::Stop::TotalItems("/meta/total_results"),
        }
    }

    fn set_page(&mut self, page: u64) {
        self.page_number = Some(i32::try_from(page).unwrap_or(i32::MAX));
    }
}

/// Run an action on a card
///
/// `PATCH /cards/{id}`, started by [`CardsApi::update_card`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateCard<'a> {
    call: Call<'a>,
    id: String,
    body: crate::models::CardUpdateRequest,
}

impl<'a> UpdateCard<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::CardDocument, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::CardDocument>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for UpdateCard<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for UpdateCard<'_> {
    type Output = crate::models::CardDocument;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PATCH,
        path: "/cards/{id}",
        security: &[&["bearerAuth"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("id", &self.id);
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
