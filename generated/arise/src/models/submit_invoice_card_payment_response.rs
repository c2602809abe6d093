/// An object with the properties `success`, `paymentMethodCreated` and `customerInfoSaved`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct SubmitInvoiceCardPaymentResponse {
    /// Payment was successfully submitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// Payment method was created.
    #[serde(
        rename = "paymentMethodCreated",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_method_created: Option<bool>,
    /// Customer info was saved.
    #[serde(
        rename = "customerInfoSaved",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_info_saved: Option<bool>,
}
