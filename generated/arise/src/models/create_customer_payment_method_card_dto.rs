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
