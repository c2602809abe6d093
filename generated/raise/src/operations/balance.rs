use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// The client's fund for buying gift cards.
#[derive(Clone, Copy, Debug)]
pub struct BalanceApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> BalanceApi<'a> {
    /// Get the client fund balance
    ///
    /// Returns the available, reserved and pending amounts of the fund used to pay for gift cards. Amounts are US cents regardless of `X-Currency`.
    ///
    /// `GET /balance`
    pub fn get_balance(&self) -> crate::client::Call<'a, GetBalance> {
        crate::client::Call::new(
            self.client,
            GetBalance {
                x_country: None,
                x_currency: None,
            },
        )
    }
}
/// The parameters of `GET /balance`, set on the [`Call`](crate::client::Call) that [`get_balance`](BalanceApi::get_balance) returns.
#[derive(Clone, Debug)]
pub struct GetBalance {
    x_country: Option<String>,
    x_currency: Option<String>,
}
impl crate::client::Call<'_, GetBalance> {
    /// ISO 3166-1 alpha-2 country code giving the context of the request; US when absent.
    ///
    /// Sent as the header parameter `X-Country`.
    pub fn x_country(mut self, value: impl Into<String>) -> Self {
        self.op.x_country = Some(value.into());
        self
    }
    /// ISO 4217 currency code for calls that use it; it does not change the balance amounts.
    ///
    /// Sent as the header parameter `X-Currency`.
    pub fn x_currency(mut self, value: impl Into<String>) -> Self {
        self.op.x_currency = Some(value.into());
        self
    }
}
impl paygen_runtime::Operation for GetBalance {
    type Output = crate::models::BalanceDocument;
    type ErrorBody = crate::ErrorBody;
    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let query = Vec::new();
        let mut headers = Vec::new();
        if let Some(value) = &self.x_country {
            headers.push(("X-Country".to_string(), value.to_param()));
        }
        if let Some(value) = &self.x_currency {
            headers.push(("X-Currency".to_string(), value.to_param()));
        }
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/balance",
            path: "/balance".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["bearerAuth"]],
            idempotent: true,
            options: paygen_runtime::RequestOptions::default(),
        })
    }
    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}
