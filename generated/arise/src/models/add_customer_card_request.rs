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
