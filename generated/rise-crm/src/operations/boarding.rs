use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
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
    ) -> CreateDraftApplication<'a> {
        CreateDraftApplication {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
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
    pub fn submit_application(&self, body: crate::models::Application) -> SubmitApplication<'a> {
        SubmitApplication {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
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
        body: crate::models::Application,
    ) -> UpdateDraftApplication<'a> {
        UpdateDraftApplication {
            client: self.client,
            application_id: application_id.into(),
            body,
            options: paygen_runtime::RequestOptions::default(),
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
            client: self.client,
            application_id: application_id.into(),
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `POST /v1/boarding/applications` call; finish it with [`send`](CreateDraftApplication::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateDraftApplication<'a> {
    client: &'a Client,
    body: crate::models::Application,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateDraftApplication<'a> {
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
            path_template: "/v1/boarding/applications",
            path: "/v1/boarding/applications".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["riseOAuth"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::DraftApplication, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::DraftApplication>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /v1/boarding/applications/submit` call; finish it with [`send`](SubmitApplication::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SubmitApplication<'a> {
    client: &'a Client,
    body: crate::models::Application,
    options: paygen_runtime::RequestOptions,
}
impl<'a> SubmitApplication<'a> {
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
            path_template: "/v1/boarding/applications/submit",
            path: "/v1/boarding/applications/submit".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["riseOAuth"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::ApplicationSubmission, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::ApplicationSubmission>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `PUT /v1/boarding/applications/{applicationId}` call; finish it with [`send`](UpdateDraftApplication::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateDraftApplication<'a> {
    client: &'a Client,
    application_id: String,
    body: crate::models::Application,
    options: paygen_runtime::RequestOptions,
}
impl<'a> UpdateDraftApplication<'a> {
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
            method: paygen_runtime::Method::PUT,
            path_template: "/v1/boarding/applications/{applicationId}",
            path: format!(
                "/v1/boarding/applications/{}",
                paygen_runtime::encode_path_segment(&self.application_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["riseOAuth"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::DraftApplication, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::DraftApplication>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /v1/boarding/applications/{applicationId}/submit` call; finish it with [`send`](SubmitDraftApplication::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SubmitDraftApplication<'a> {
    client: &'a Client,
    application_id: String,
    options: paygen_runtime::RequestOptions,
}
impl<'a> SubmitDraftApplication<'a> {
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
            path_template: "/v1/boarding/applications/{applicationId}/submit",
            path: format!(
                "/v1/boarding/applications/{}/submit",
                paygen_runtime::encode_path_segment(&self.application_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["riseOAuth"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::ApplicationSubmission, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::ApplicationSubmission>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
