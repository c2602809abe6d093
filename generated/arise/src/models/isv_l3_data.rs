/// An object with the properties `invoiceNumber`, `purchaseOrder`, `shippingCharges`, `dutyCharges` and `products`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct IsvL3Data {
    /// VAT invoice number (at most 15 letters, digits or spaces).
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "invoiceNumber",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub invoice_number: paygen_runtime::Nullable<String>,
    /// Buyer's order reference (at most 25 letters, digits or spaces).
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "purchaseOrder",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub purchase_order: paygen_runtime::Nullable<String>,
    /// Shipping or freight charge in dollars (at most 12 characters, digits and dot).
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "shippingCharges",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub shipping_charges: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// Import or export duty in dollars (at most 12 characters, digits and dot).
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "dutyCharges",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub duty_charges: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// Products of the order; several may be sent.
    ///
    /// **Inferred:** the document never shows the name of this TransactionProductDto array ("products" is a guess); it is listed right after the IsvL3Data fields and is absent from the top level of the request samples, so it is placed inside l3
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub products: paygen_runtime::Nullable<Vec<super::TransactionProductDto>>,
}

impl IsvL3Data {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            invoice_number: paygen_runtime::Nullable::Absent,
            purchase_order: paygen_runtime::Nullable::Absent,
            shipping_charges: paygen_runtime::Nullable::Absent,
            duty_charges: paygen_runtime::Nullable::Absent,
            products: paygen_runtime::Nullable::Absent,
        }
    }

    /// Property `invoiceNumber`: VAT invoice number (at most 15 letters, digits or spaces).
    pub fn invoice_number(mut self, value: impl Into<String>) -> Self {
        self.invoice_number = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `invoiceNumber` as `null`.
    pub fn clear_invoice_number(mut self) -> Self {
        self.invoice_number = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `purchaseOrder`: Buyer's order reference (at most 25 letters, digits or spaces).
    pub fn purchase_order(mut self, value: impl Into<String>) -> Self {
        self.purchase_order = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `purchaseOrder` as `null`.
    pub fn clear_purchase_order(mut self) -> Self {
        self.purchase_order = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `shippingCharges`: Shipping or freight charge in dollars (at most 12 characters, digits and dot).
    pub fn shipping_charges(mut self, value: paygen_runtime::Decimal) -> Self {
        self.shipping_charges = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `shippingCharges` as `null`.
    pub fn clear_shipping_charges(mut self) -> Self {
        self.shipping_charges = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `dutyCharges`: Import or export duty in dollars (at most 12 characters, digits and dot).
    pub fn duty_charges(mut self, value: paygen_runtime::Decimal) -> Self {
        self.duty_charges = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `dutyCharges` as `null`.
    pub fn clear_duty_charges(mut self) -> Self {
        self.duty_charges = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `products`: Products of the order; several may be sent.
    ///
    /// **Inferred:** the document never shows the name of this TransactionProductDto array ("products" is a guess); it is listed right after the IsvL3Data fields and is absent from the top level of the request samples, so it is placed inside l3
    pub fn products(mut self, value: Vec<super::TransactionProductDto>) -> Self {
        self.products = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `products` as `null`.
    pub fn clear_products(mut self) -> Self {
        self.products = paygen_runtime::Nullable::Null;
        self
    }
}
