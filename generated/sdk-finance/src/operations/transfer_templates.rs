use crate::client::Client;

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
        body: crate::models::TransferTemplateFromOperationRequest,
    ) -> crate::client::Call<'a, CreateTransferTemplateFromOperation> {
        crate::client::Call::new(
            self.client,
            CreateTransferTemplateFromOperation {
                business_process_id: business_process_id.into(),
                body,
            },
        )
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
    /// Pages: [`into_stream`](crate::client::Call::into_stream) on the returned call walks every item.
    pub fn view_transfer_templates(
        &self,
        body: crate::models::TransferTemplateViewRequest,
    ) -> crate::client::Call<'a, ViewTransferTemplates> {
        crate::client::Call::new(self.client, ViewTransferTemplates { body })
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
        body: crate::models::TransferAmountRequest,
    ) -> crate::client::Call<'a, CalculateTemplateTransfer> {
        crate::client::Call::new(
            self.client,
            CalculateTemplateTransfer {
                transfer_template_id: transfer_template_id.into(),
                body,
            },
        )
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
        body: crate::models::TransferAmountRequest,
    ) -> crate::client::Call<'a, ExecuteTemplateTransfer> {
        crate::client::Call::new(
            self.client,
            ExecuteTemplateTransfer {
                transfer_template_id: transfer_template_id.into(),
                body,
            },
        )
    }
}

/// The parameters of `POST /templates/transfer/operation/{businessProcessId}`, set on the [`Call`](crate::client::Call) that [`create_transfer_template_from_operation`](TransferTemplatesApi::create_transfer_template_from_operation) returns.
#[derive(Clone, Debug)]
pub struct CreateTransferTemplateFromOperation {
    business_process_id: String,
    body: crate::models::TransferTemplateFromOperationRequest,
}

impl paygen_runtime::Operation for CreateTransferTemplateFromOperation {
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

/// The parameters of `POST /templates/transfer/view`, set on the [`Call`](crate::client::Call) that [`view_transfer_templates`](TransferTemplatesApi::view_transfer_templates) returns.
#[derive(Clone, Debug)]
pub struct ViewTransferTemplates {
    body: crate::models::TransferTemplateViewRequest,
}

impl paygen_runtime::Operation for ViewTransferTemplates {
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

impl paygen_runtime::pagination::Paged for ViewTransferTemplates {
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

/// The parameters of `POST /templates/transfer/{transferTemplateId}/calculate`, set on the [`Call`](crate::client::Call) that [`calculate_template_transfer`](TransferTemplatesApi::calculate_template_transfer) returns.
#[derive(Clone, Debug)]
pub struct CalculateTemplateTransfer {
    transfer_template_id: String,
    body: crate::models::TransferAmountRequest,
}

impl paygen_runtime::Operation for CalculateTemplateTransfer {
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

/// The parameters of `POST /templates/transfer/{transferTemplateId}/execute`, set on the [`Call`](crate::client::Call) that [`execute_template_transfer`](TransferTemplatesApi::execute_template_transfer) returns.
#[derive(Clone, Debug)]
pub struct ExecuteTemplateTransfer {
    transfer_template_id: String,
    body: crate::models::TransferAmountRequest,
}

impl paygen_runtime::Operation for ExecuteTemplateTransfer {
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
