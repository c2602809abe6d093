use crate::client::{Call, Client};
use paygen_runtime::Response;
use paygen_runtime::futures::Stream;
use std::future::Future;

/// Saved transfer destinations, and transfers executed from them.
#[derive(Clone, Copy, Debug)]
pub struct TransferTemplatesApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> TransferTemplatesApi<'a> {
    /// Save a transfer template from a completed transfer
    ///
    /// Stores the sender, recipient and details of a finished transfer as a named template for reuse.
    ///
    /// `POST /templates/transfer/operation/{businessProcessId}`
    ///
    /// # Arguments
    /// - `business_process_id` (`businessProcessId`): The `businessProcessId` returned by `executeTemplateTransfer`.
    /// - `body`: the request body (application/json)
    pub fn create_transfer_template_from_operation(
        &self,
        business_process_id: impl Into<String>,
        body: impl Into<crate::models::TransferTemplateFromOperationRequest>,
    ) -> CreateTransferTemplateFromOperation<'a> {
        CreateTransferTemplateFromOperation {
            call: Call::new(self.client),
            business_process_id: business_process_id.into(),
            body: body.into(),
        }
    }

    /// Search saved transfer templates
    ///
    /// Returns one page of the caller's saved transfer destinations. Filter on
    /// `paymentToolType` `COIN` for wallets or `SMART_CARD` for cards. Pages are numbered
    /// from 0.
    ///
    /// **Inferred:** Marked retry-safe because a search does not change any state.
    ///
    /// `POST /templates/transfer/view`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    ///
    /// Pages: [`into_stream`](ViewTransferTemplates::into_stream) on the returned call walks every item.
    pub fn view_transfer_templates(
        &self,
        body: impl Into<crate::models::TransferTemplateViewRequest>,
    ) -> ViewTransferTemplates<'a> {
        ViewTransferTemplates {
            call: Call::new(self.client),
            body: body.into(),
        }
    }

    /// Calculate the commission of a transfer from a template
    ///
    /// Computes the amounts a transfer of the given amount to a saved destination would debit and credit, without moving money.
    ///
    /// **Inferred:** Marked retry-safe because a calculation does not change any state.
    ///
    /// `POST /templates/transfer/{transferTemplateId}/calculate`
    ///
    /// # Arguments
    /// - `transfer_template_id` (`transferTemplateId`): Identifier of a saved transfer template, from `viewTransferTemplates`.
    /// - `body`: the request body (application/json)
    pub fn calculate_template_transfer(
        &self,
        transfer_template_id: impl Into<String>,
        body: impl Into<crate::models::TransferAmountRequest>,
    ) -> CalculateTemplateTransfer<'a> {
        CalculateTemplateTransfer {
            call: Call::new(self.client),
            transfer_template_id: transfer_template_id.into(),
            body: body.into(),
        }
    }

    /// Transfer money to a saved destination
    ///
    /// Performs a transfer of the given amount using a saved template. Keep the returned `businessProcessId` to save the transfer as a new template.
    ///
    /// `POST /templates/transfer/{transferTemplateId}/execute`
    ///
    /// # Arguments
    /// - `transfer_template_id` (`transferTemplateId`): Identifier of a saved transfer template, from `viewTransferTemplates`.
    /// - `body`: the request body (application/json)
    pub fn execute_template_transfer(
        &self,
        transfer_template_id: impl Into<String>,
        body: impl Into<crate::models::TransferAmountRequest>,
    ) -> ExecuteTemplateTransfer<'a> {
        ExecuteTemplateTransfer {
            call: Call::new(self.client),
            transfer_template_id: transfer_template_id.into(),
            body: body.into(),
        }
    }
}

/// Save a transfer template from a completed transfer
///
/// `POST /templates/transfer/operation/{businessProcessId}`, started by [`TransferTemplatesApi::create_transfer_template_from_operation`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateTransferTemplateFromOperation<'a> {
    call: Call<'a>,
    business_process_id: String,
    body: crate::models::TransferTemplateFromOperationRequest,
}

impl<'a> CreateTransferTemplateFromOperation<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::TransferTemplateResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::TransferTemplateResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateTransferTemplateFromOperation<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateTransferTemplateFromOperation<'_> {
    type Output = crate::models::TransferTemplateResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/templates/transfer/operation/{businessProcessId}",
        security: &[&["tokenAuth"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("businessProcessId", &self.business_process_id);
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

/// Search saved transfer templates
///
/// `POST /templates/transfer/view`, started by [`TransferTemplatesApi::view_transfer_templates`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ViewTransferTemplates<'a> {
    call: Call<'a>,
    body: crate::models::TransferTemplateViewRequest,
}

impl<'a> ViewTransferTemplates<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::TransferTemplateViewResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::TransferTemplateViewResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }

    /// Walks every page from the first, yielding items one by one. The stream ends after
    /// the last page, on an empty page, or after the first error.
    #[inline]
    pub fn into_stream(
        self,
    ) -> impl Stream<Item = Result<crate::models::TransferTemplate, crate::Error>> + 'a {
        self.call.clone().stream(self)
    }
}

impl paygen_runtime::CallOptions for ViewTransferTemplates<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ViewTransferTemplates<'_> {
    type Output = crate::models::TransferTemplateViewResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/templates/transfer/view",
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

impl paygen_runtime::pagination::Paged for ViewTransferTemplates<'_> {
    type Item = crate::models::TransferTemplate;

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

/// Calculate the commission of a transfer from a template
///
/// `POST /templates/transfer/{transferTemplateId}/calculate`, started by [`TransferTemplatesApi::calculate_template_transfer`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CalculateTemplateTransfer<'a> {
    call: Call<'a>,
    transfer_template_id: String,
    body: crate::models::TransferAmountRequest,
}

impl<'a> CalculateTemplateTransfer<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::TransferCommissionResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::TransferCommissionResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CalculateTemplateTransfer<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CalculateTemplateTransfer<'_> {
    type Output = crate::models::TransferCommissionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/templates/transfer/{transferTemplateId}/calculate",
        security: &[&["tokenAuth"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("transferTemplateId", &self.transfer_template_id);
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

/// Transfer money to a saved destination
///
/// `POST /templates/transfer/{transferTemplateId}/execute`, started by [`TransferTemplatesApi::execute_template_transfer`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ExecuteTemplateTransfer<'a> {
    call: Call<'a>,
    transfer_template_id: String,
    body: crate::models::TransferAmountRequest,
}

impl<'a> ExecuteTemplateTransfer<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::TransferTemplateExecuteResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::TransferTemplateExecuteResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for ExecuteTemplateTransfer<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ExecuteTemplateTransfer<'_> {
    type Output = crate::models::TransferTemplateExecuteResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/templates/transfer/{transferTemplateId}/execute",
        security: &[&["tokenAuth"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("transferTemplateId", &self.transfer_template_id);
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
