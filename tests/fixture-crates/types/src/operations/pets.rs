use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// The operation tagged `pets`: `get_pet`.
#[derive(Clone, Copy, Debug)]
pub struct PetsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> PetsApi<'a> {
    /// Get a pet
    ///
    /// `GET /pets/{petId}`
    ///
    /// # Arguments
    /// - `pet_id` (`petId`): A UUID.
    pub fn get_pet(&self, pet_id: paygen_runtime::Uuid) -> GetPet<'a> {
        GetPet {
            call: Call::new(self.client),
            pet_id,
        }
    }
}

/// Get a pet
///
/// `GET /pets/{petId}`, started by [`PetsApi::get_pet`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPet<'a> {
    call: Call<'a>,
    pet_id: paygen_runtime::Uuid,
}

impl<'a> GetPet<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<crate::models::Pet, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::Pet>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetPet<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetPet<'_> {
    type Output = crate::models::Pet;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pets/{petId}",
        security: &[],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("petId", &self.pet_id);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}
