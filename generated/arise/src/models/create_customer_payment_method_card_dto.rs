/// The `CreateCustomerPaymentMethodCardDto` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCustomerPaymentMethodCardDto {
    /// Payment method name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// PAN
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pan: Option<String>,
    /// Expiration month
    #[serde(
        rename = "expirationMonth",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_month: Option<i32>,
    /// Expiration year
    #[serde(
        rename = "expirationYear",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_year: Option<i32>,
    /// Security code
    #[serde(
        rename = "securityCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_code: Option<String>,
}
impl CreateCustomerPaymentMethodCardDto {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            name: None,
            pan: None,
            expiration_month: None,
            expiration_year: None,
            security_code: None,
        }
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `pan`.
    pub fn with_pan(mut self, value: impl Into<String>) -> Self {
        self.pan = Some(value.into());
        self
    }
    /// Sets `expirationMonth`.
    pub fn with_expiration_month(mut self, value: i32) -> Self {
        self.expiration_month = Some(value);
        self
    }
    /// Sets `expirationYear`.
    pub fn with_expiration_year(mut self, value: i32) -> Self {
        self.expiration_year = Some(value);
        self
    }
    /// Sets `securityCode`.
    pub fn with_security_code(mut self, value: impl Into<String>) -> Self {
        self.security_code = Some(value.into());
        self
    }
}
