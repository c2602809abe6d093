use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
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
    /// Pages: use `.into_stream()` to walk every item.
    pub fn list_terminals(&self) -> ListTerminals<'a> {
        ListTerminals {
            client: self.client,
            page: None,
            page_size: None,
            order_by: None,
            asc: None,
            search: None,
            delivery_status_id: None,
            serial_number: None,
            manufacturer_ids: None,
            model_ids: None,
            options: paygen_runtime::RequestOptions::default(),
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
            client: self.client,
            terminal_id,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `GET /pos-api/v1/terminals` call; finish it with [`send`](ListTerminals::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListTerminals<'a> {
    client: &'a Client,
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    search: Option<String>,
    delivery_status_id: Option<i32>,
    serial_number: Option<String>,
    manufacturer_ids: Option<Vec<i32>>,
    model_ids: Option<Vec<i32>>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListTerminals<'a> {
    /// Zero-based page index.
    ///
    /// Sent as the query parameter `page`.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }
    /// Page size (items per page).
    ///
    /// Sent as the query parameter `pageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Name of the field used to sort the results.
    ///
    /// Sent as the query parameter `orderBy`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Sort order is ascending.
    ///
    /// Sent as the query parameter `asc`.
    pub fn asc(mut self, value: bool) -> Self {
        self.asc = Some(value);
        self
    }
    /// Sets `search`.
    ///
    /// Sent as the query parameter `search`.
    pub fn search(mut self, value: impl Into<String>) -> Self {
        self.search = Some(value.into());
        self
    }
    /// Sets `deliveryStatusId`.
    ///
    /// Sent as the query parameter `deliveryStatusId`.
    pub fn delivery_status_id(mut self, value: i32) -> Self {
        self.delivery_status_id = Some(value);
        self
    }
    /// Sets `serialNumber`.
    ///
    /// Sent as the query parameter `serialNumber`.
    pub fn serial_number(mut self, value: impl Into<String>) -> Self {
        self.serial_number = Some(value.into());
        self
    }
    /// Sets `manufacturerIds`.
    ///
    /// **Inferred:** array serialisation is not documented; ASP.NET binds repeated keys (?name=a&name=b)
    ///
    /// Sent as the query parameter `manufacturerIds`.
    pub fn manufacturer_ids(mut self, value: Vec<i32>) -> Self {
        self.manufacturer_ids = Some(value);
        self
    }
    /// Sets `modelIds`.
    ///
    /// **Inferred:** array serialisation is not documented; ASP.NET binds repeated keys (?name=a&name=b)
    ///
    /// Sent as the query parameter `modelIds`.
    pub fn model_ids(mut self, value: Vec<i32>) -> Self {
        self.model_ids = Some(value);
        self
    }
    /// Overrides the client's total timeout for this call.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's connect timeout for this call.
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.connect_timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this call.
    pub fn retry(mut self, policy: paygen_runtime::RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }
    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut query = Vec::new();
        if let Some(value) = &self.page {
            query.push(("page".to_string(), value.to_param()));
        }
        if let Some(value) = &self.page_size {
            query.push(("pageSize".to_string(), value.to_param()));
        }
        if let Some(value) = &self.order_by {
            query.push(("orderBy".to_string(), value.to_param()));
        }
        if let Some(value) = &self.asc {
            query.push(("asc".to_string(), value.to_param()));
        }
        if let Some(value) = &self.search {
            query.push(("search".to_string(), value.to_param()));
        }
        if let Some(value) = &self.delivery_status_id {
            query.push(("deliveryStatusId".to_string(), value.to_param()));
        }
        if let Some(value) = &self.serial_number {
            query.push(("serialNumber".to_string(), value.to_param()));
        }
        if let Some(value) = &self.manufacturer_ids {
            for item in value {
                query.push(("manufacturerIds".to_string(), item.to_param()));
            }
        }
        if let Some(value) = &self.model_ids {
            for item in value {
                query.push(("modelIds".to_string(), item.to_param()));
            }
        }
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/pos-api/v1/terminals",
            path: "/pos-api/v1/terminals".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::ListTerminalsResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::ListTerminalsResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
    /// Walks every page from the first, yielding items one by one. The stream ends after the
    /// last page, on an empty page, or after the first error.
    pub fn into_stream(
        self,
    ) -> impl paygen_runtime::futures::Stream<
        Item = Result<crate::models::GetTerminalsResponseDto, crate::Error>,
    > + 'a {
        let spec = paygen_runtime::pagination::PageSpec {
            first_page: 0u64,
            items: "/items",
            stop: paygen_runtime::pagination::Stop::TotalItems("/total"),
        };
        paygen_runtime::pagination::stream(spec, move |page: u64| {
            let mut call = self.clone();
            call.page = Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let request = call.request()?;
                let raw = call.client.core().execute(request).await?;
                if !raw.status.is_success() {
                    return Err(paygen_runtime::api_error(raw));
                }
                Ok(raw)
            }
        })
    }
}
/// A prepared `GET /pos-api/v1/terminals/{terminalId}/status` call; finish it with [`send`](GetTerminalStatus::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetTerminalStatus<'a> {
    client: &'a Client,
    terminal_id: paygen_runtime::Uuid,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetTerminalStatus<'a> {
    /// Overrides the client's total timeout for this call.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's connect timeout for this call.
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.connect_timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this call.
    pub fn retry(mut self, policy: paygen_runtime::RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }
    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let query = Vec::new();
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/pos-api/v1/terminals/{terminalId}/status",
            path: format!(
                "/pos-api/v1/terminals/{}/status",
                paygen_runtime::encode_path_segment(&self.terminal_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::GetTerminalStatusResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::GetTerminalStatusResponse>, crate::Error>
    {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
