use crate::client::Client;

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
    ) -> crate::client::Call<'a, GetInvoiceSettings> {
        crate::client::Call::new(
            self.client,
            GetInvoiceSettings {
                merchant_id,
                x_api_version: None,
            },
        )
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
        body: crate::models::UpdateInvoiceSettingsRequest,
    ) -> crate::client::Call<'a, UpdateInvoiceSettings> {
        crate::client::Call::new(
            self.client,
            UpdateInvoiceSettings {
                merchant_id,
                body,
                x_api_version: None,
            },
        )
    }
}

/// The parameters of `GET /pay-int-api/merchants/{merchantId}/invoices/settings`, set on the [`Call`](crate::client::Call) that [`get_invoice_settings`](InvoicesSettingsApi::get_invoice_settings) returns.
#[derive(Clone, Debug)]
pub struct GetInvoiceSettings {
    merchant_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl crate::client::Call<'_, GetInvoiceSettings> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for GetInvoiceSettings {
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

/// The parameters of `PUT /pay-int-api/merchants/{merchantId}/invoices/settings`, set on the [`Call`](crate::client::Call) that [`update_invoice_settings`](InvoicesSettingsApi::update_invoice_settings) returns.
#[derive(Clone, Debug)]
pub struct UpdateInvoiceSettings {
    merchant_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::UpdateInvoiceSettingsRequest,
}

impl crate::client::Call<'_, UpdateInvoiceSettings> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for UpdateInvoiceSettings {
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
