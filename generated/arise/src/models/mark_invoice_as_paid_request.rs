/// An object with the property `paymentMethodTypeId`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct MarkInvoiceAsPaidRequest {
    /// A 32-bit integer.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "paymentMethodTypeId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub payment_method_type_id: paygen_runtime::Nullable<i32>,
}

impl MarkInvoiceAsPaidRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            payment_method_type_id: paygen_runtime::Nullable::Absent,
        }
    }

    /// Property `paymentMethodTypeId`: A 32-bit integer.
    pub fn payment_method_type_id(mut self, value: i32) -> Self {
        self.payment_method_type_id = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `paymentMethodTypeId` as `null`.
    pub fn clear_payment_method_type_id(mut self) -> Self {
        self.payment_method_type_id = paygen_runtime::Nullable::Null;
        self
    }
}
