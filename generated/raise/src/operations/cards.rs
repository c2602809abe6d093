use crate::client::Client;

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
    /// Pages: [`into_stream`](crate::client::Call::into_stream) on the returned call walks every item.
    pub fn list_cards(&self, customer_id: impl Into<String>) -> crate::client::Call<'a, ListCards> {
        crate::client::Call::new(
            self.client,
            ListCards {
                customer_id: customer_id.into(),
                id: None,
                transaction_id: None,
                state: None,
                page_number: None,
                page_size: None,
                sort_by: None,
                sort_order: None,
            },
        )
    }

    /// Run an action on a card
    ///
    /// Checks a card's balance with the merchant, marks it redeemed (state `REDEEMED`, balance zero) or records a balance you supply, and returns the card.
    ///
    /// `PATCH /cards/{id}`
    ///
    /// # Arguments
    /// - `id` (`id`): Card identifier.
    /// - `body`: the request body (application/json)
    pub fn update_card(
        &self,
        id: paygen_runtime::Uuid,
        body: crate::models::CardUpdateRequest,
    ) -> crate::client::Call<'a, UpdateCard> {
        crate::client::Call::new(self.client, UpdateCard { id, body })
    }
}

/// The parameters of `GET /cards`, set on the [`Call`](crate::client::Call) that [`list_cards`](CardsApi::list_cards) returns.
#[derive(Clone, Debug)]
pub struct ListCards {
    customer_id: String,
    id: Option<String>,
    transaction_id: Option<String>,
    state: Option<crate::models::CardState>,
    page_number: Option<i32>,
    page_size: Option<i32>,
    sort_by: Option<crate::models::ListCardsSortBy>,
    sort_order: Option<crate::models::SortOrder>,
}

impl crate::client::Call<'_, ListCards> {
    /// Only the card with this id.
    ///
    /// Sent as the query parameter `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.op.id = Some(value.into());
        self
    }

    /// Only the cards of this transaction.
    ///
    /// Sent as the query parameter `transaction_id`.
    pub fn transaction_id(mut self, value: impl Into<String>) -> Self {
        self.op.transaction_id = Some(value.into());
        self
    }

    /// Only cards in this state.
    ///
    /// Sent as the query parameter `state`.
    pub fn state(mut self, value: crate::models::CardState) -> Self {
        self.op.state = Some(value);
        self
    }

    /// Zero-based page index (5 returns the sixth page).
    ///
    /// Sent as the query parameter `page[number]`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.op.page_number = Some(value);
        self
    }

    /// Results per page, at most 500.
    ///
    /// Sent as the query parameter `page[size]`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.op.page_size = Some(value);
        self
    }

    /// Field to sort by.
    ///
    /// Sent as the query parameter `sort_by`.
    pub fn sort_by(mut self, value: crate::models::ListCardsSortBy) -> Self {
        self.op.sort_by = Some(value);
        self
    }

    /// Sort direction.
    ///
    /// Sent as the query parameter `sort[order]`.
    pub fn sort_order(mut self, value: crate::models::SortOrder) -> Self {
        self.op.sort_order = Some(value);
        self
    }
}

impl paygen_runtime::Operation for ListCards {
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

impl paygen_runtime::pagination::Paged for ListCards {
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

/// The parameters of `PATCH /cards/{id}`, set on the [`Call`](crate::client::Call) that [`update_card`](CardsApi::update_card) returns.
#[derive(Clone, Debug)]
pub struct UpdateCard {
    id: paygen_runtime::Uuid,
    body: crate::models::CardUpdateRequest,
}

impl paygen_runtime::Operation for UpdateCard {
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
