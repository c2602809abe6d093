use crate::client::Client;

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
    /// Pages: [`into_stream`](crate::client::Call::into_stream) on the returned call walks every item.
    pub fn list_terminals(&self) -> crate::client::Call<'a, ListTerminals> {
        crate::client::Call::new(
            self.client,
            ListTerminals {
                page: None,
                page_size: None,
                order_by: None,
                asc: None,
                search: None,
                delivery_status_id: None,
                serial_number: None,
                manufacturer_ids: None,
                model_ids: None,
            },
        )
    }

    /// Get the live status of a terminal
    ///
    /// Returns live status of a terminal: connectivity, availability, battery, printer and software versions.
    ///
    /// `GET /pos-api/v1/terminals/{terminalId}/status`
    ///
    /// # Arguments
    /// - `terminal_id` (`terminalId`): TerminalId
    pub fn get_terminal_status(
        &self,
        terminal_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, GetTerminalStatus> {
        crate::client::Call::new(self.client, GetTerminalStatus { terminal_id })
    }
}

/// The parameters of `GET /pos-api/v1/terminals`, set on the [`Call`](crate::client::Call) that [`list_terminals`](TerminalsApi::list_terminals) returns.
#[derive(Clone, Debug)]
pub struct ListTerminals {
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

impl crate::client::Call<'_, ListTerminals> {
    /// Zero-based page index.
    ///
    /// Sent as the query parameter `page`.
    pub fn page(mut self, value: i32) -> Self {
        self.op.page = Some(value);
        self
    }

    /// Page size (items per page).
    ///
    /// Sent as the query parameter `pageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.op.page_size = Some(value);
        self
    }

    /// Name of the field used to sort the results.
    ///
    /// Sent as the query parameter `orderBy`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.op.order_by = Some(value.into());
        self
    }

    /// Sort order is ascending.
    ///
    /// Sent as the query parameter `asc`.
    pub fn asc(mut self, value: bool) -> Self {
        self.op.asc = Some(value);
        self
    }

    /// Sets `search`.
    ///
    /// Sent as the query parameter `search`.
    pub fn search(mut self, value: impl Into<String>) -> Self {
        self.op.search = Some(value.into());
        self
    }

    /// Sets `deliveryStatusId`.
    ///
    /// Sent as the query parameter `deliveryStatusId`.
    pub fn delivery_status_id(mut self, value: i32) -> Self {
        self.op.delivery_status_id = Some(value);
        self
    }

    /// Sets `serialNumber`.
    ///
    /// Sent as the query parameter `serialNumber`.
    pub fn serial_number(mut self, value: impl Into<String>) -> Self {
        self.op.serial_number = Some(value.into());
        self
    }

    /// Sets `manufacturerIds`.
    ///
    /// **Inferred:** array serialisation is not documented; ASP.NET binds repeated keys (?name=a&name=b)
    ///
    /// Sent as the query parameter `manufacturerIds`.
    pub fn manufacturer_ids(mut self, value: Vec<i32>) -> Self {
        self.op.manufacturer_ids = Some(value);
        self
    }

    /// Sets `modelIds`.
    ///
    /// **Inferred:** array serialisation is not documented; ASP.NET binds repeated keys (?name=a&name=b)
    ///
    /// Sent as the query parameter `modelIds`.
    pub fn model_ids(mut self, value: Vec<i32>) -> Self {
        self.op.model_ids = Some(value);
        self
    }
}

impl paygen_runtime::Operation for ListTerminals {
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

impl paygen_runtime::pagination::Paged for ListTerminals {
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

/// The parameters of `GET /pos-api/v1/terminals/{terminalId}/status`, set on the [`Call`](crate::client::Call) that [`get_terminal_status`](TerminalsApi::get_terminal_status) returns.
#[derive(Clone, Debug)]
pub struct GetTerminalStatus {
    terminal_id: paygen_runtime::Uuid,
}

impl paygen_runtime::Operation for GetTerminalStatus {
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
