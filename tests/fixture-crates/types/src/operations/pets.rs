use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
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
    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let query = Vec::new();
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/pets/{petId}",
            path: format!(
                "/pets/{}",
                paygen_runtime::encode_path_segment(&self.pet_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[],
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
