use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Searching organisations, for example the system organisation that service users belong to (administrator).
#[derive(Clone, Copy, Debug)]
pub struct OrganizationsApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> OrganizationsApi<'a> {
    /// Search organisations
    ///
    /// Returns one page of organisations matching the filter; filter on type `system` to find
    /// the system organisation that service users are attached to. Requires the administrator
    /// role. Pages are numbered from 0.
    ///
    /// **Inferred:** Marked retry-safe because a search does not change any state.
    ///
    /// `POST /organizations`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    ///
    /// Pages: use `.into_stream()` to walk every item.
    pub fn view_organizations(
        &self,
        body: crate::models::OrganizationViewRequest,
    ) -> ViewOrganizations<'a> {
        ViewOrganizations {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `POST /organizations` call; finish it with [`send`](ViewOrganizations::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ViewOrganizations<'a> {
    client: &'a Client,
    body: crate::models::OrganizationViewRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ViewOrganizations<'a> {
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
            method: paygen_runtime::Method::POST,
            path_template: "/organizations",
            path: "/organizations".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["tokenAuth"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::OrganizationViewResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::OrganizationViewResponse>, crate::Error>
    {
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
        Item = Result<crate::models::Organization, crate::Error>,
    > + 'a {
        let spec = paygen_runtime::pagination::PageSpec {
            first_page: 0u64,
            items: "/records",
            stop: paygen_runtime::pagination::Stop::TotalPages("/totalPages"),
        };
        paygen_runtime::pagination::stream(spec, move |page: u64| {
            let mut call = self.clone();
            call.body.page_number = Some(i32::try_from(page).unwrap_or(i32::MAX));
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
