/// The `InvoiceCalculationsDto` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct InvoiceCalculationsDto {
    /// The `debitCard` field.
    #[serde(rename = "debitCard", default, skip_serializing_if = "Option::is_none")]
    pub debit_card: Option<super::InvoiceAmountsDto>,
    /// The `creditCard` field.
    #[serde(
        rename = "creditCard",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_card: Option<super::InvoiceAmountsDto>,
    /// The `ach` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ach: Option<super::InvoiceAmountsDto>,
}
