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
        crate::client::Call::new(self.client, AddCard { body })
    }
}
/// The parameters of `POST /cards`, set on the [`Call`](crate::client::Call) that [`add_card`](CardsApi::add_card) returns.
#[derive(Clone, Debug)]
pub struct AddCard {
    body: crate::models::CardRequest,
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
