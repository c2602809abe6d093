/// Credentials for a login.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LoginRequest {
    /// E-mail address, or phone number without the leading `+`.
    pub login: String,
    /// The `password` field.
    pub password: String,
}
