use crate::client::Client;

/// Operations tagged `things`.
#[derive(Clone, Copy, Debug)]
pub struct ThingsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> ThingsApi<'a> {
    /// Create a thing from a JSON:API envelope
    ///
    /// `POST /things`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_thing(
        &self,
        body: crate::models::ThingRequest,
    ) -> crate::client::Call<'a, CreateThing> {
        crate::client::Call::new(self.client, CreateThing { body })
    }
}

/// The parameters of `POST /things`, set on the [`Call`](crate::client::Call) that [`create_thing`](ThingsApi::create_thing) returns.
#[derive(Clone, Debug)]
pub struct CreateThing {
    body: crate::models::ThingRequest,
}

impl paygen_runtime::Operation for CreateThing {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/things",
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
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}
