use crate::client::Client;

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

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/smart-cards/my",
        security: &[&["tokenAuth"]],
        idempotent: true,
    };

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}
