use crate::client::Client;

/// Read-only merchant payment configuration and contact data.
#[derive(Clone, Copy, Debug)]
pub struct ConfigurationsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> ConfigurationsApi<'a> {
    /// Get the payment configuration
    ///
    /// Returns the payment settings of the current merchant: zero-cost processing mode and rates, tip options, available currencies, card types, transaction types and payment processors, AVS settings and limits.
    ///
    /// `GET /pay-api/v1/configurations/payments`
    pub fn get_payment_configurations(&self) -> crate::client::Call<'a, GetPaymentConfigurations> {
        crate::client::Call::new(self.client, GetPaymentConfigurations {})
    }

    /// Get the merchant contact records
    ///
    /// Returns the addresses and contact details configured for the current merchant.
    ///
    /// `GET /pay-api/v1/configurations/contact-infos`
    pub fn get_contact_infos(&self) -> crate::client::Call<'a, GetContactInfos> {
        crate::client::Call::new(self.client, GetContactInfos {})
    }
}

/// The parameters of `GET /pay-api/v1/configurations/payments`, set on the [`Call`](crate::client::Call) that [`get_payment_configurations`](ConfigurationsApi::get_payment_configurations) returns.
#[derive(Clone, Debug)]
pub struct GetPaymentConfigurations {}

impl paygen_runtime::Operation for GetPaymentConfigurations {
    type Output = crate::models::GetPaymentConfigurationsResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-api/v1/configurations/payments",
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

/// The parameters of `GET /pay-api/v1/configurations/contact-infos`, set on the [`Call`](crate::client::Call) that [`get_contact_infos`](ConfigurationsApi::get_contact_infos) returns.
#[derive(Clone, Debug)]
pub struct GetContactInfos {}

impl paygen_runtime::Operation for GetContactInfos {
    type Output = crate::models::GetContactInfosResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-api/v1/configurations/contact-infos",
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
