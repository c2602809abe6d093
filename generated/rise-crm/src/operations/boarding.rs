use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// Merchant boarding applications, either submitted in one call or built up as drafts.
#[derive(Clone, Copy, Debug)]
pub struct BoardingApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> BoardingApi<'a> {
    /// Create Draft Application
    ///
    /// Opens a draft application for a merchant whose information is still being
    /// collected. The draft can be updated any number of times and is then submitted
    /// with Submit Draft Application.
    ///
    /// **Inferred:** Path and method are not published. POST /v1/boarding/applications is the collection sibling of the observed /v1/boarding/applications/submit and /v1/boarding/applications/{id}/documents; POST /v1/boarding/applications/draft is the main alternative.
    ///
    /// `POST /v1/boarding/applications`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_draft_application(
        &self,
        body: impl Into<crate::models::Application>,
    ) -> CreateDraftApplication<'a> {
        CreateDraftApplication {
            call: Call::new(self.client),
            body: body.into(),
        }
    }

    /// Submit Application
    ///
    /// Submits a complete merchant application in one call. The answer comes back within
    /// seconds; once the merchant has given the required consents (through the signing
    /// link in the response), Aurora's automatic underwriting and boarding start.
    ///
    /// `POST /v1/boarding/applications/submit`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn submit_application(
        &self,
        body: impl Into<crate::models::Application>,
    ) -> SubmitApplication<'a> {
        SubmitApplication {
            call: Call::new(self.client),
            body: body.into(),
        }
    }

    /// Update Draft Application
    ///
    /// Replaces the content of a draft application with the data sent.
    ///
    /// **Inferred:** Path and method are not published. PUT on the draft's resource path is assumed; PATCH is possible, and whether the body replaces or merges is unknown.
    ///
    /// `PUT /v1/boarding/applications/{applicationId}`
    ///
    /// # Arguments
    /// - `application_id` (`applicationId`): Id of the draft application, as returned when it was created. Public client code shows numeric ids.
    /// - `body`: the request body (application/json)
    pub fn update_draft_application(
        &self,
        application_id: impl Into<String>,
        body: impl Into<crate::models::Application>,
    ) -> UpdateDraftApplication<'a> {
        UpdateDraftApplication {
            call: Call::new(self.client),
            application_id: application_id.into(),
            body: body.into(),
        }
    }

    /// Submit Draft Application
    ///
    /// Submits a finished draft application for underwriting and boarding, as Submit Application does for a complete one.
    ///
    /// **Inferred:** Path is not published; it is modelled on the observed /v1/boarding/applications/submit and /v1/boarding/applications/{id}/documents. No request body is assumed.
    ///
    /// `POST /v1/boarding/applications/{applicationId}/submit`
    ///
    /// # Arguments
    /// - `application_id` (`applicationId`): Id of the draft application, as returned when it was created. Public client code shows numeric ids.
    pub fn submit_draft_application(
        &self,
        application_id: impl Into<String>,
    ) -> SubmitDraftApplication<'a> {
        SubmitDraftApplication {
            call: Call::new(self.client),
            application_id: application_id.into(),
        }
    }
}

/// Create Draft Application
///
/// `POST /v1/boarding/applications`, started by [`BoardingApi::create_draft_application`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateDraftApplication<'a> {
    call: Call<'a>,
    body: crate::models::Application,
}

impl<'a> CreateDraftApplication<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::DraftApplication, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::DraftApplication>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateDraftApplication<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateDraftApplication<'_> {
    type Output = crate::models::DraftApplication;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/v1/boarding/applications",
        security: &[&["riseOAuth"]],
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

/// Submit Application
///
/// `POST /v1/boarding/applications/submit`, started by [`BoardingApi::submit_application`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SubmitApplication<'a> {
    call: Call<'a>,
    body: crate::models::Application,
}

impl<'a> SubmitApplication<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::ApplicationSubmission, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::ApplicationSubmission>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for SubmitApplication<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for SubmitApplication<'_> {
    type Output = crate::models::ApplicationSubmission;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/v1/boarding/applications/submit",
        security: &[&["riseOAuth"]],
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

/// Update Draft Application
///
/// `PUT /v1/boarding/applications/{applicationId}`, started by [`BoardingApi::update_draft_application`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateDraftApplication<'a> {
    call: Call<'a>,
    application_id: String,
    body: crate::models::Application,
}

impl<'a> UpdateDraftApplication<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::DraftApplication, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::DraftApplication>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for UpdateDraftApplication<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for UpdateDraftApplication<'_> {
    type Output = crate::models::DraftApplication;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PUT,
        path: "/v1/boarding/applications/{applicationId}",
        security: &[&["riseOAuth"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("applicationId", &self.application_id);
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

/// Submit Draft Application
///
/// `POST /v1/boarding/applications/{applicationId}/submit`, started by [`BoardingApi::submit_draft_application`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SubmitDraftApplication<'a> {
    call: Call<'a>,
    application_id: String,
}

impl<'a> SubmitDraftApplication<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::ApplicationSubmission, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::ApplicationSubmission>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for SubmitDraftApplication<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for SubmitDraftApplication<'_> {
    type Output = crate::models::ApplicationSubmission;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/v1/boarding/applications/{applicationId}/submit",
        security: &[&["riseOAuth"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("applicationId", &self.application_id);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}
