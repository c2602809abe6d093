use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// Per-merchant invoice defaults.
#[derive(Clone, Copy, Debug)]
pub struct InvoicesSettingsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> InvoicesSettingsApi<'a> {
    /// Get the invoice settings of a merchant
    ///
    /// Returns the invoice defaults (processors, due date, percentages, notes) of a merchant.
    ///
    /// `GET /pay-int-api/merchants/{merchantId}/invoices/settings`
    ///
    /// # Arguments
    /// - `merchant_id` (`merchantId`): Identifier of the merchant.
    pub fn get_invoice_settings(
        &self,
        merchant_id: paygen_runtime::Uuid,
    ) -> GetInvoiceSettings<'a> {
        GetInvoiceSettings {
            call: Call::new(self.client),
            merchant_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
        }
    }

    /// Change the invoice settings of a merchant
    ///
    /// Changes the invoice defaults of a merchant.
    ///
    /// `PUT /pay-int-api/merchants/{merchantId}/invoices/settings`
    ///
    /// # Arguments
    /// - `merchant_id` (`merchantId`): Identifier of the merchant.
    /// - `body`: the request body (application/json)
    pub fn update_invoice_settings(
        &self,
        merchant_id: paygen_runtime::Uuid,
        body: impl Into<crate::models::UpdateInvoiceSettingsRequest>,
    ) -> UpdateInvoiceSettings<'a> {
        UpdateInvoiceSettings {
            call: Call::new(self.client),
            merchant_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
            body: body.into(),
        }
    }
}

/// Get the invoice settings of a merchant
///
/// `GET /pay-int-api/merchants/{merchantId}/invoices/settings`, started by [`InvoicesSettingsApi::get_invoice_settings`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetInvoiceSettings<'a> {
    call: Call<'a>,
    merchant_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl<'a> GetInvoiceSettings<'a> {
    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::GetInvoiceSettingsResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::GetInvoiceSettingsResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetInvoiceSettings<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetInvoiceSettings<'_> {
    type Output = crate::models::GetInvoiceSettingsResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-int-api/merchants/{merchantId}/invoices/settings",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("merchantId", &self.merchant_id);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Change the invoice settings of a merchant
///
/// `PUT /pay-int-api/merchants/{merchantId}/invoices/settings`, started by [`InvoicesSettingsApi::update_invoice_settings`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateInvoiceSettings<'a> {
    call: Call<'a>,
    merchant_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::UpdateInvoiceSettingsRequest,
}

impl<'a> UpdateInvoiceSettings<'a> {
    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<(), crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<()>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for UpdateInvoiceSettings<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for UpdateInvoiceSettings<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PUT,
        path: "/pay-int-api/merchants/{merchantId}/invoices/settings",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("merchantId", &self.merchant_id);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        request.body = paygen_runtime::json_body(&self.body)?;
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}
