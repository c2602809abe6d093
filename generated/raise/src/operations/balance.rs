use crate::client::Client;

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

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/balance",
        security: &[&["bearerAuth"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.x_country {
            request.header("X-Country", value);
        }
        if let Some(value) = &self.x_currency {
            request.header("X-Currency", value);
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
