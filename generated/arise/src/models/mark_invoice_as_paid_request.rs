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
