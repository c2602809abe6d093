/// Single-resource document wrapping an authentication method.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct AuthMethodDocument {
    /// An `auth/methods` resource: the authentication method registered for one customer.
    pub data: super::AuthMethod,
}
