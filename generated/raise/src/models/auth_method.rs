/// An `auth/methods` resource: the authentication method registered for one customer.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct AuthMethod {
    /// Resource type; always `auth/methods`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Identifier of the authentication method; used as the path id of the update call.
    pub id: String,
    /// Attributes of an authentication method. Which optional fields are present depends on `type`: key-pair methods return a `nonce`, TOTP returns `qr_code_image`, SMS echoes the phone number in `method`.
    pub attributes: super::AuthMethodAttributes,
}
