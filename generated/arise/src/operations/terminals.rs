use crate::client::{Call, Client};
use paygen_runtime::Response;
use paygen_runtime::futures::Stream;
use std::future::Future;

/// Payment terminals of the merchant and their live status.
#[derive(Clone, Copy, Debug)]
pub struct TerminalsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> TerminalsApi<'a> {
    /// List terminals
    ///
    /// Returns one page of payment terminals of the current merchant, with delivery-status, serial-number, manufacturer and model filters.
    ///
    /// `GET /pos-api/v1/terminals`
    ///
    /// Pages: [`into_stream`](ListTerminals::into_stream) on the returned call walks every item.
    pub fn list_terminals(&self) -> ListTerminals<'a> {
        ListTerminals {
            call: Call::new(self.client),
            page: None,
            page_size: None,
            order_by: None,
            asc: None,
            search: None,
            delivery_status_id: None,
            serial_number: None,
            manufacturer_ids: None,
            model_ids: None,
        }
    }

    /// Get the live status of a terminal
    ///
    /// Returns live status of a terminal: connectivity, availability, battery, printer and software versions.
    ///
    /// `GET /pos-api/v1/terminals/{terminalId}/status`
    ///
    /// # Arguments
    /// - `terminal_id` (`terminalId`): TerminalId
    pub fn get_terminal_status(&self, terminal_id: paygen_runtime::Uuid) -> GetTerminalStatus<'a> {
        GetTerminalStatus {
            call: Call::new(self.client),
            terminal_id,
        }
    }
}

/// List terminals
///
/// `GET /pos-api/v1/terminals`, started by [`TerminalsApi::list_terminals`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListTerminals<'a> {
    call: Call<'a>,
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    search: Option<String>,
    delivery_status_id: Option<i32>,
    serial_number: Option<String>,
    manufacturer_ids: Option<Vec<i32>>,
    model_ids: Option<Vec<i32>>,
}

impl<'a> ListTerminals<'a> {
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

    /// Query parameter `search`: Text.
    pub fn search(mut self, value: impl Into<String>) -> Self {
        self.search = Some(value.into());
        self
    }

    /// Query parameter `deliveryStatusId`: A 32-bit integer.
    pub fn delivery_status_id(mut self, value: i32) -> Self {
        self.delivery_status_id = Some(value);
        self
    }

    /// Query parameter `serialNumber`: Text.
    pub fn serial_number(mut self, value: impl Into<String>) -> Self {
        self.serial_number = Some(value.into());
        self
    }

    /// Query parameter `manufacturerIds`: A list; each item: a 32-bit integer.
    ///
    /// **Inferred:** array serialisation is not documented; ASP.NET binds repeated keys (?name=a&name=b)
    pub fn manufacturer_ids(mut self, value: Vec<i32>) -> Self {
        self.manufacturer_ids = Some(value);
        self
    }

    /// Query parameter `modelIds`: A list; each item: a 32-bit integer.
    ///
    /// **Inferred:** array serialisation is not documented; ASP.NET binds repeated keys (?name=a&name=b)
    pub fn model_ids(mut self, value: Vec<i32>) -> Self {
        self.model_ids = Some(value);
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::ListTerminalsResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::ListTerminalsResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }

    /// Walks every page from the first, yielding items one by one. The stream ends after
    /// the last page, on an empty page, or after the first error.
    #[inline]
    pub fn into_stream(
        self,
    ) -> impl Stream<Item = Result<crate::models::GetTerminalsResponseDto, crate::Error>> + 'a {
        self.call.clone().stream(self)
    }
}

impl paygen_runtime::CallOptions for ListTerminals<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListTerminals<'_> {
    type Output = crate::models::ListTerminalsResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pos-api/v1/terminals",
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
        if let Some(value) = &self.search {
            request.query("search", value);
        }
        if let Some(value) = &self.delivery_status_id {
            request.query("deliveryStatusId", value);
        }
        if let Some(value) = &self.serial_number {
            request.query("serialNumber", value);
        }
        if let Some(value) = &self.manufacturer_ids {
            request.query_each("manufacturerIds", value);
        }
        if let Some(value) = &self.model_ids {
            request.query_each("modelIds", value);
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

impl paygen_runtime::pagination::Paged for ListTerminals<'_> {
    type Item = crate::models::GetTerminalsResponseDto;

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

/// Get the live status of a terminal
///
/// `GET /pos-api/v1/terminals/{terminalId}/status`, started by [`TerminalsApi::get_terminal_status`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetTerminalStatus<'a> {
    call: Call<'a>,
    terminal_id: paygen_runtime::Uuid,
}

impl<'a> GetTerminalStatus<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::GetTerminalStatusResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::GetTerminalStatusResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetTerminalStatus<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetTerminalStatus<'_> {
    type Output = crate::models::GetTerminalStatusResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pos-api/v1/terminals/{terminalId}/status",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("terminalId", &self.terminal_id);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}
