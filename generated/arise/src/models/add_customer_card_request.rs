/// The `AddCustomerCardRequest` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AddCustomerCardRequest {
    /// Payment method name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// PAN
    pub pan: String,
    /// Expiration month
    #[serde(rename = "expirationMonth")]
    pub expiration_month: i32,
    /// Expiration year
    #[serde(rename = "expirationYear")]
    pub expiration_year: i32,
    /// Security code
    #[serde(
        rename = "securityCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_code: Option<String>,
}
impl AddCustomerCardRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(pan: impl Into<String>, expiration_month: i32, expiration_year: i32) -> Self {
        Self {
            name: None,
            pan: pan.into(),
            expiration_month,
            expiration_year,
            security_code: None,
        }
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `securityCode`.
    pub fn with_security_code(mut self, value: impl Into<String>) -> Self {
        self.security_code = Some(value.into());
        self
    }
}
