/// An object with the properties `debitCard`, `creditCard` and `ach`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct InvoiceCalculationsDto {
    /// An object with the properties `subTotalAmount`, `totalAmount`, `shippingAmount`, `taxAmount`, `taxPercentage`, `feesAmount`, `feesPercentage`, `discountAmount` and 5 more.
    #[serde(rename = "debitCard", default, skip_serializing_if = "Option::is_none")]
    pub debit_card: Option<super::InvoiceAmountsDto>,
    /// An object with the properties `subTotalAmount`, `totalAmount`, `shippingAmount`, `taxAmount`, `taxPercentage`, `feesAmount`, `feesPercentage`, `discountAmount` and 5 more.
    #[serde(
        rename = "creditCard",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_card: Option<super::InvoiceAmountsDto>,
    /// An object with the properties `subTotalAmount`, `totalAmount`, `shippingAmount`, `taxAmount`, `taxPercentage`, `feesAmount`, `feesPercentage`, `discountAmount` and 5 more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ach: Option<super::InvoiceAmountsDto>,
}
