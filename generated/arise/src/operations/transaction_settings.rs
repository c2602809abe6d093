use crate::client::Client;

/// Transaction auto-fill settings of the merchant.
#[derive(Clone, Copy, Debug)]
pub struct TransactionSettingsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> TransactionSettingsApi<'a> {
    /// Get the L2/L3 autofill settings
    ///
    /// Returns which transaction fields are auto-filled for the current merchant.
    ///
    /// `GET /pay-api/v1/transactions/settings/autofill`
    pub fn get_autofill_settings(&self) -> crate::client::Call<'a, GetAutofillSettings> {
        crate::client::Call::new(self.client, GetAutofillSettings {})
    }

    /// Change the L2/L3 autofill settings
    ///
    /// Changes the auto-fill settings for transactions of the current merchant.
    ///
    /// `PUT /pay-api/v1/transactions/settings/autofill`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn update_autofill_settings(
        &self,
        body: crate::models::UpdateAutofillSettingsRequest,
    ) -> crate::client::Call<'a, UpdateAutofillSettings> {
        crate::client::Call::new(self.client, UpdateAutofillSettings { body })
    }
}

/// The parameters of `GET /pay-api/v1/transactions/settings/autofill`, set on the [`Call`](crate::client::Call) that [`get_autofill_settings`](TransactionSettingsApi::get_autofill_settings) returns.
#[derive(Clone, Debug)]
pub struct GetAutofillSettings {}

impl paygen_runtime::Operation for GetAutofillSettings {
    type Output = crate::models::GetAutofillSettingsResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-api/v1/transactions/settings/autofill",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// The parameters of `PUT /pay-api/v1/transactions/settings/autofill`, set on the [`Call`](crate::client::Call) that [`update_autofill_settings`](TransactionSettingsApi::update_autofill_settings) returns.
#[derive(Clone, Debug)]
pub struct UpdateAutofillSettings {
    body: crate::models::UpdateAutofillSettingsRequest,
}

impl paygen_runtime::Operation for UpdateAutofillSettings {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PUT,
        path: "/pay-api/v1/transactions/settings/autofill",
        security: &[&["Bearer"]],
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
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}
