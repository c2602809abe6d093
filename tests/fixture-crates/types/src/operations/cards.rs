use crate::client::Client;
/// Operations tagged `cards`.
#[derive(Clone, Copy, Debug)]
pub struct CardsApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> CardsApi<'a> {
    /// Add a card (sensitive fields at every depth)
    ///
    /// `POST /cards`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn add_card(&self, body: crate::models::CardRequest) -> crate::client::Call<'a, AddCard> {
        crate::client::Call::new(
            self.client,
            AddCard {
                body,
                x_card_pin: None,
                otp: None,
                label: None,
            },
        )
    }
}
/// The parameters of `POST /cards`, set on the [`Call`](crate::client::Call) that [`add_card`](CardsApi::add_card) returns.
#[derive(Clone)]
pub struct AddCard {
    x_card_pin: Option<String>,
    otp: Option<String>,
    label: Option<String>,
    body: crate::models::CardRequest,
}
impl std::fmt::Debug for AddCard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AddCard")
            .field(
                "x_card_pin",
                &paygen_runtime::redact::Redacted::full(&self.x_card_pin),
            )
            .field("otp", &paygen_runtime::redact::Redacted::full(&self.otp))
            .field("label", &self.label)
            .field("body", &self.body)
            .finish()
    }
}
impl crate::client::Call<'_, AddCard> {
    /// A sensitive parameter (marked on the parameter).
    ///
    /// Sent as the header parameter `X-Card-Pin`.
    pub fn x_card_pin(mut self, value: impl Into<String>) -> Self {
        self.op.x_card_pin = Some(value.into());
        self
    }
    /// A sensitive parameter (its schema is `format: password`).
    ///
    /// Sent as the query parameter `otp`.
    pub fn otp(mut self, value: impl Into<String>) -> Self {
        self.op.otp = Some(value.into());
        self
    }
    /// Sets `label`.
    ///
    /// Sent as the query parameter `label`.
    pub fn label(mut self, value: impl Into<String>) -> Self {
        self.op.label = Some(value.into());
        self
    }
}
impl paygen_runtime::Operation for AddCard {
    type Output = crate::models::CardRequest;
    type ErrorBody = crate::ErrorBody;
    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/cards",
        security: &[],
        idempotent: false,
    };
    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.x_card_pin {
            request.header("X-Card-Pin", value);
            request.sensitive_param(value);
        }
        if let Some(value) = &self.otp {
            request.query("otp", value);
            request.sensitive_param(value);
        }
        if let Some(value) = &self.label {
            request.query("label", value);
        }
        request.body = paygen_runtime::json_body(&self.body)?;
        request.sensitive_values_of(&self.body);
        Ok(request)
    }
    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}
