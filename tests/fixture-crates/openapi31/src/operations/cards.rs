use crate::client::Client;
/// Operations tagged `cards`.
#[derive(Clone, Copy, Debug)]
pub struct CardsApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> CardsApi<'a> {
    /// GET /cards/{cardId}
    ///
    /// `GET /cards/{cardId}`
    ///
    /// # Arguments
    /// - `card_id` (`cardId`):
    pub fn get_card(&self, card_id: impl Into<String>) -> crate::client::Call<'a, GetCard> {
        crate::client::Call::new(
            self.client,
            GetCard {
                card_id: card_id.into(),
            },
        )
    }
    /// POST /cards
    ///
    /// `POST /cards`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_card(&self, body: crate::models::NewCard) -> crate::client::Call<'a, CreateCard> {
        crate::client::Call::new(self.client, CreateCard { body })
    }
}
/// The parameters of `GET /cards/{cardId}`, set on the [`Call`](crate::client::Call) that [`get_card`](CardsApi::get_card) returns.
#[derive(Clone, Debug)]
pub struct GetCard {
    card_id: String,
}
impl paygen_runtime::Operation for GetCard {
    type Output = crate::models::Card;
    type ErrorBody = crate::ErrorBody;
    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/cards/{cardId}",
        security: &[],
        idempotent: true,
    };
    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("cardId", &self.card_id);
        Ok(request)
    }
    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}
/// The parameters of `POST /cards`, set on the [`Call`](crate::client::Call) that [`create_card`](CardsApi::create_card) returns.
#[derive(Clone, Debug)]
pub struct CreateCard {
    body: crate::models::NewCard,
}
impl paygen_runtime::Operation for CreateCard {
    type Output = crate::models::Card;
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
        Ok(request)
    }
    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}
