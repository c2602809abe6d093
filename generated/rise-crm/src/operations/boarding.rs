use crate::client::Client;

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
        body: crate::models::Application,
    ) -> crate::client::Call<'a, CreateDraftApplication> {
        crate::client::Call::new(self.client, CreateDraftApplication { body })
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
        body: crate::models::Application,
    ) -> crate::client::Call<'a, SubmitApplication> {
        crate::client::Call::new(self.client, SubmitApplication { body })
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
        body: crate::models::Application,
    ) -> crate::client::Call<'a, UpdateDraftApplication> {
        crate::client::Call::new(
            self.client,
            UpdateDraftApplication {
                application_id: application_id.into(),
                body,
            },
        )
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
    ) -> crate::client::Call<'a, SubmitDraftApplication> {
        crate::client::Call::new(
            self.client,
            SubmitDraftApplication {
                application_id: application_id.into(),
            },
        )
    }
}

/// The parameters of `POST /v1/boarding/applications`, set on the [`Call`](crate::client::Call) that [`create_draft_application`](BoardingApi::create_draft_application) returns.
#[derive(Clone, Debug)]
pub struct CreateDraftApplication {
    body: crate::models::Application,
}

impl paygen_runtime::Operation for CreateDraftApplication {
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

/// The parameters of `POST /v1/boarding/applications/submit`, set on the [`Call`](crate::client::Call) that [`submit_application`](BoardingApi::submit_application) returns.
#[derive(Clone, Debug)]
pub struct SubmitApplication {
    body: crate::models::Application,
}

impl paygen_runtime::Operation for SubmitApplication {
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

/// The parameters of `PUT /v1/boarding/applications/{applicationId}`, set on the [`Call`](crate::client::Call) that [`update_draft_application`](BoardingApi::update_draft_application) returns.
#[derive(Clone, Debug)]
pub struct UpdateDraftApplication {
    application_id: String,
    body: crate::models::Application,
}

impl paygen_runtime::Operation for UpdateDraftApplication {
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

/// The parameters of `POST /v1/boarding/applications/{applicationId}/submit`, set on the [`Call`](crate::client::Call) that [`submit_draft_application`](BoardingApi::submit_draft_application) returns.
#[derive(Clone, Debug)]
pub struct SubmitDraftApplication {
    application_id: String,
}

impl paygen_runtime::Operation for SubmitDraftApplication {
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
