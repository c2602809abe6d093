use crate::client::Client;

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
    /// Pages: [`into_stream`](crate::client::Call::into_stream) on the returned call walks every item.
    pub fn view_organizations(
        &self,
        body: crate::models::OrganizationViewRequest,
    ) -> crate::client::Call<'a, ViewOrganizations> {
        crate::client::Call::new(self.client, ViewOrganizations { body })
    }
}

/// The parameters of `POST /organizations`, set on the [`Call`](crate::client::Call) that [`view_organizations`](OrganizationsApi::view_organizations) returns.
#[derive(Clone, Debug)]
pub struct ViewOrganizations {
    body: crate::models::OrganizationViewRequest,
}

impl paygen_runtime::Operation for ViewOrganizations {
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

impl paygen_runtime::pagination::Paged for ViewOrganizations {
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
