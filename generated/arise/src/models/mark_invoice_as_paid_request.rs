/// The `MarkInvoiceAsPaidRequest` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MarkInvoiceAsPaidRequest {
    /// The `paymentMethodTypeId` field.
    #[serde(
        rename = "paymentMethodTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_method_type_id: Option<i32>,
}
impl MarkInvoiceAsPaidRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            payment_method_type_id: None,
        }
    }
    /// Sets `paymentMethodTypeId`.
    pub fn with_payment_method_type_id(mut self, value: i32) -> Self {
        self.payment_method_type_id = Some(value);
        self
    }
}
