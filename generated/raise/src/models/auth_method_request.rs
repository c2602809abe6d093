/// Request document for registering or replacing a customer's authentication method.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct AuthMethodRequest {
    /// Primary data of an authentication method request.
    pub data: super::AuthMethodRequestData,
}
impl AuthMethodRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(data: super::AuthMethodRequestData) -> Self {
        Self { data }
    }
}
