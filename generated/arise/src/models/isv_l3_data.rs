/// The `IsvL3Data` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IsvL3Data {
    /// The Value Added Tax(VAT) invoice number associated with the transaction. Max length=15. Allowed characters: a-z A-Z 0-9 Space
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "invoiceNumber",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub invoice_number: paygen_runtime::Nullable<String>,
    /// The value used by the customer to identify an order. Issued by the buyer to the seller. Max length=25. Allowed characters: a-z A-Z 0-9 Space
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "purchaseOrder",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub purchase_order: paygen_runtime::Nullable<String>,
    /// The dollar amount for shipping or freight charges applied to a product or transaction. Numeric. Max length=12. Allowed characters: 0-9 .(dot)
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "shippingCharges",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub shipping_charges: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// Total charges for any import or export duties included in the order. Numeric. Max length=12. Allowed characters: 0-9 .(dot)
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "dutyCharges",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub duty_charges: paygen_runtime::Nullable<paygen_runtime::Decimal>,
}
impl IsvL3Data {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            invoice_number: paygen_runtime::Nullable::Absent,
            purchase_order: paygen_runtime::Nullable::Absent,
            shipping_charges: paygen_runtime::Nullable::Absent,
            duty_charges: paygen_runtime::Nullable::Absent,
        }
    }
    /// Sets `invoiceNumber`.
    pub fn with_invoice_number(mut self, value: impl Into<String>) -> Self {
        self.invoice_number = paygen_runtime::Nullable::Value(value.into());
        self
    }
    /// Sets `purchaseOrder`.
    pub fn with_purchase_order(mut self, value: impl Into<String>) -> Self {
        self.purchase_order = paygen_runtime::Nullable::Value(value.into());
        self
    }
    /// Sets `shippingCharges`.
    pub fn with_shipping_charges(mut self, value: paygen_runtime::Decimal) -> Self {
        self.shipping_charges = paygen_runtime::Nullable::Value(value);
        self
    }
    /// Sets `dutyCharges`.
    pub fn with_duty_charges(mut self, value: paygen_runtime::Decimal) -> Self {
        self.duty_charges = paygen_runtime::Nullable::Value(value);
        self
    }
}
