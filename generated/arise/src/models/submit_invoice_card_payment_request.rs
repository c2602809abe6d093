/// The `SubmitInvoiceCardPaymentRequest` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubmitInvoiceCardPaymentRequest {
    /// Transaction's total amount.
    #[serde(
        rename = "totalAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub total_amount: Option<paygen_runtime::Decimal>,
    /// Payment target's bank account number.
    #[serde(
        rename = "accountNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_number: Option<String>,
    /// The `expirationYear` field.
    #[serde(
        rename = "expirationYear",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_year: Option<i32>,
    /// The `expirationMonth` field.
    #[serde(
        rename = "expirationMonth",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_month: Option<i32>,
    /// The `securityCode` field.
    #[serde(
        rename = "securityCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_code: Option<String>,
    /// Aurora country identifier.
    #[serde(
        rename = "billingCountryId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_country_id: Option<i32>,
    /// The `billingPostalCode` field.
    #[serde(
        rename = "billingPostalCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_postal_code: Option<String>,
    /// The `savePaymentMethod` field.
    #[serde(
        rename = "savePaymentMethod",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub save_payment_method: Option<bool>,
}
