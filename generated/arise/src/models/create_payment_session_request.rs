/// The `CreatePaymentSessionRequest` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreatePaymentSessionRequest {
    /// Base amount (in USD) to charge.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub amount: paygen_runtime::Decimal,
    /// Customer identifier.
    #[serde(
        rename = "customerId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_id: Option<paygen_runtime::Uuid>,
    /// Intent of the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<i32>,
    /// To bypass the AVS (address verification service) in the payment gateway.
    #[serde(
        rename = "skipAddressVerification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub skip_address_verification: Option<bool>,
    /// Reference identifier provided by the ISV.
    #[serde(
        rename = "referenceId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reference_id: Option<String>,
    /// Absolute amount (in USD) of tip to be added.
    #[serde(
        rename = "tipAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub tip_amount: Option<paygen_runtime::Decimal>,
}
