/// Request document for registering or replacing a customer's authentication method.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AuthMethodRequest {
    /// Primary data of an authentication method request.
    pub data: super::AuthMethodRequestData,
}
