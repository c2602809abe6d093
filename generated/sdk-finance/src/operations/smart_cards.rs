use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// The caller's smart cards.
#[derive(Clone, Copy, Debug)]
pub struct SmartCardsApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> SmartCardsApi<'a> {
    /// List the caller's smart cards
    ///
    /// Returns the smart cards of the authenticated user, each linked to a wallet.
    ///
    /// `GET /smart-cards/my`
    pub fn list_my_smart_cards(&self) -> crate::client::Call<'a, ListMySmartCards> {
        crate::client::Call::new(self.client, ListMySmartCards {})
    }
}
/// The parameters of `GET /smart-cards/my`, set on the [`Call`](crate::client::Call) that [`list_my_smart_cards`](SmartCardsApi::list_my_smart_cards) returns.
#[derive(Clone, Debug)]
pub struct ListMySmartCards {}
impl paygen_runtime::Operation for ListMySmartCards {
    type Output = crate::models::SmartCardListResponse;
    type ErrorBody = crate::ErrorBody;
    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let query = Vec::new();
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/smart-cards/my",
            path: "/smart-cards/my".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["tokenAuth"]],
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
