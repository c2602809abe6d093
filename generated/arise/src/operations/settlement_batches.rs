use crate::client::{Call, Client};
use paygen_runtime::Response;
use paygen_runtime::futures::Stream;
use std::future::Future;

/// Settlement batch listing.
#[derive(Clone, Copy, Debug)]
pub struct SettlementBatchesApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> SettlementBatchesApi<'a> {
    /// List settlement batches
    ///
    /// Returns one page of settlement batches, filtered by date range, batch ids, processors and status.
    ///
    /// `GET /pay-api/v1/settlements/batches`
    ///
    /// Pages: [`into_stream`](ListSettlementBatches::into_stream) on the returned call walks every item.
    pub fn list_settlement_batches(&self) -> ListSettlementBatches<'a> {
        ListSettlementBatches {
            call: Call::new(self.client),
            page: None,
            page_size: None,
            order_by: None,
            asc: None,
            date_from: None,
            date_to: None,
            batch_ids: None,
            payment_processor_ids: None,
            status_id: None,
        }
    }
}

/// List settlement batches
///
/// `GET /pay-api/v1/settlements/batches`, started by [`SettlementBatchesApi::list_settlement_batches`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSettlementBatches<'a> {
    call: Call<'a>,
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    date_from: Option<paygen_runtime::DateTime>,
    date_to: Option<paygen_runtime::DateTime>,
    batch_ids: Option<Vec<paygen_runtime::Uuid>>,
    payment_processor_ids: Option<Vec<paygen_runtime::Uuid>>,
    status_id: Option<crate::models::SettlementBatchStatus>,
}

impl<'a> ListSettlementBatches<'a> {
    /// Query parameter `page`: Zero-based page index.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }

    /// Query parameter `pageSize`: Page size (items per page).
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }

    /// Query parameter `orderBy`: Name of the field used to sort the results.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }

    /// Query parameter `asc`: Sort order is ascending.
    pub fn asc(mut self, value: bool) -> Self {
        self.asc = Some(value);
        self
    }

    /// Query parameter `dateFrom`: A date and time (RFC 3339).
    pub fn date_from(mut self, value: impl Into<paygen_runtime::DateTime>) -> Self {
        self.date_from = Some(value.into());
        self
    }

    /// Query parameter `dateTo`: A date and time (RFC 3339).
    pub fn date_to(mut self, value: impl Into<paygen_runtime::DateTime>) -> Self {
        self.date_to = Some(value.into());
        self
    }

    /// Query parameter `batchIds`: A list; each item: a UUID.
    ///
    /// **Inferred:** array serialisation is not documented; ASP.NET binds repeated keys (?name=a&name=b)
    pub fn batch_ids(mut self, value: Vec<paygen_runtime::Uuid>) -> Self {
        self.batch_ids = Some(value);
        self
    }

    /// Query parameter `paymentProcessorIds`: A list; each item: a UUID.
    ///
    /// **Inferred:** array serialisation is not documented; ASP.NET binds repeated keys (?name=a&name=b)
    pub fn payment_processor_ids(mut self, value: Vec<paygen_runtime::Uuid>) -> Self {
        self.payment_processor_ids = Some(value);
        self
    }

    /// Query parameter `statusId`: Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.SettlementBatchStatus).
    pub fn status_id(mut self, value: impl Into<crate::models::SettlementBatchStatus>) -> Self {
        self.status_id = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::ListSettlementBatchesResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::ListSettlementBatchesResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }

    /// Walks every page from the first, yielding items one by one. The stream ends after
    /// the last page, on an empty page, or after the first error.
    #[inline]
    pub fn into_stream(
        self,
    ) -> impl Stream<Item = Result<crate::models::GetIsvSettlementBatchesResponse, crate::Error>> + 'a
    {
        self.call.clone().stream(self)
    }
}

impl paygen_runtime::CallOptions for ListSettlementBatches<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListSettlementBatches<'_> {
    type Output = crate::models::ListSettlementBatchesResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-api/v1/settlements/batches",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.page {
            request.query("page", value);
        }
        if let Some(value) = &self.page_size {
            request.query("pageSize", value);
        }
        if let Some(value) = &self.order_by {
            request.query("orderBy", value);
        }
        if let Some(value) = &self.asc {
            request.query("asc", value);
        }
        if let Some(value) = &self.date_from {
            request.query("dateFrom", value);
        }
        if let Some(value) = &self.date_to {
            request.query("dateTo", value);
        }
        if let Some(value) = &self.batch_ids {
            request.query_each("batchIds", value);
        }
        if let Some(value) = &self.payment_processor_ids {
            request.query_each("paymentProcessorIds", value);
        }
        if let Some(value) = &self.status_id {
            request.query("statusId", value);
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

impl paygen_runtime::pagination::Paged for ListSettlementBatches<'_> {
    type Item = crate::models::GetIsvSettlementBatchesResponse;

    fn page_spec() -> paygen_runtime::pagination::PageSpec {
        paygen_runtime::pagination::PageSpec {
            first_page: 0u64,
            items: "/items",
            stop: paygen_runtime::pagination::Stop::TotalItems("/total"),
        }
    }

    fn set_page(&mut self, page: u64) {
        self.page = Some(i32::try_from(page).unwrap_or(i32::MAX));
    }
}
