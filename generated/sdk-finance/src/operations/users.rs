use crate::client::Client;

/// Creating and searching users (administrator).
#[derive(Clone, Copy, Debug)]
pub struct UsersApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> UsersApi<'a> {
    /// Create a user
    ///
    /// Creates a user and sends the credentials to the login. Requires the administrator role.
    /// For a service user (for example an accountant) pass the id of a system organisation; for
    /// an individual or merchant leave `organizationId` out and a new organisation is created.
    /// Keep `user.id` and `user.members\[\].organization.id` from the response.
    ///
    /// `POST /users`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_user(
        &self,
        body: crate::models::UserCreateRequest,
    ) -> crate::client::Call<'a, CreateUser> {
        crate::client::Call::new(self.client, CreateUser { body })
    }

    /// Search users
    ///
    /// Returns one page of users matching the filter. Requires an administrative role. Pages are numbered from 0.
    ///
    /// **Inferred:** Marked retry-safe because a search does not change any state.
    ///
    /// `POST /users/view`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    ///
    /// Pages: [`into_stream`](crate::client::Call::into_stream) on the returned call walks every item.
    pub fn view_users(
        &self,
        body: crate::models::UserViewRequest,
    ) -> crate::client::Call<'a, ViewUsers> {
        crate::client::Call::new(self.client, ViewUsers { body })
    }
}

/// The parameters of `POST /users`, set on the [`Call`](crate::client::Call) that [`create_user`](UsersApi::create_user) returns.
#[derive(Clone, Debug)]
pub struct CreateUser {
    body: crate::models::UserCreateRequest,
}

impl paygen_runtime::Operation for CreateUser {
    type Output = crate::models::UserCreateResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/users",
        security: &[&["tokenAuth"]],
        idempotent: false,
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

/// The parameters of `POST /users/view`, set on the [`Call`](crate::client::Call) that [`view_users`](UsersApi::view_users) returns.
#[derive(Clone, Debug)]
pub struct ViewUsers {
    body: crate::models::UserViewRequest,
}

impl paygen_runtime::Operation for ViewUsers {
    type Output = crate::models::UserViewResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/users/view",
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

impl paygen_runtime::pagination::Paged for ViewUsers {
    type Item = crate::models::User;

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
