use crate::client::{Call, Client};
use paygen_runtime::Response;
use paygen_runtime::futures::Stream;
use std::future::Future;

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
    /// Pages: [`into_stream`](ViewOrganizations::into_stream) on the returned call walks every item.
    pub fn view_organizations(
        &self,
        body: impl Into<crate::models::OrganizationViewRequest>,
    ) -> ViewOrganizations<'a> {
        ViewOrganizations {
            call: Call::new(self.client),
            body: body.into(),
        }
    }
}

/// Search organisations
///
/// `POST /organizations`, started by [`OrganizationsApi::view_organizations`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ViewOrganizations<'a> {
    call: Call<'a>,
    body: crate::models::OrganizationViewRequest,
}

impl<'a> ViewOrganizations<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::OrganizationViewResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::OrganizationViewResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }

    /// Walks every page from the first, yielding items one by one. The stream ends after
    /// the last page, on an empty page, or after the first error.
    #[inline]
    pub fn into_stream(
        self,
    ) -> impl Stream<Item = Result<crate::models::Organization, crate::Error>> + 'a {
        self.call.clone().stream(self)
    }
}

impl paygen_runtime::CallOptions for ViewOrganizations<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ViewOrganizations<'_> {
    type Output = crate::models::OrganizationViewResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/organizations",
        security: &[&["tokenAuth"]],
        idempotent: true,
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

impl paygen_runtime::pagination::Paged for ViewOrganizations<'_> {
    type Item = crate::models::Organization;

    fn page_spec() -> paygen_runtime::pagination::PageSpec {
        paygen_runtime::pagination::PageSpec {
            first_page: 0u64,
            items: "/records",
            stop: paygen_runtime::pagination::Stop::TotalPages("/totalPages"),
        }
    }

    fn set_page(&mut self, page: u64) {
        self.body.page_number = Some(i32::try_from(page).unwrap_or(i32::MAX));
    }
}
