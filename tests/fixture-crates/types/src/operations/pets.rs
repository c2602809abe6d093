use crate::client::Client;

/// Operations tagged `pets`.
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
    /// - `pet_id` (`petId`):
    pub fn get_pet(&self, pet_id: paygen_runtime::Uuid) -> crate::client::Call<'a, GetPet> {
        crate::client::Call::new(self.client, GetPet { pet_id })
    }
}

/// The parameters of `GET /pets/{petId}`, set on the [`Call`](crate::client::Call) that [`get_pet`](PetsApi::get_pet) returns.
#[derive(Clone, Debug)]
pub struct GetPet {
    pet_id: paygen_runtime::Uuid,
}

impl paygen_runtime::Operation for GetPet {
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
