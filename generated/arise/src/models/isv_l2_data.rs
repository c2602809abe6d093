/// An object with the property `salesTaxRate`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct IsvL2Data {
    /// Sales tax rate in percent, 0.01 to 100 (at most 4 characters, digits and dot).
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "salesTaxRate",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub sales_tax_rate: paygen_runtime::Nullable<paygen_runtime::Decimal>,
}

impl IsvL2Data {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            sales_tax_rate: paygen_runtime::Nullable::Absent,
        }
    }

    /// Property `salesTaxRate`: Sales tax rate in percent, 0.01 to 100 (at most 4 characters, digits and dot).
    pub fn sales_tax_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.sales_tax_rate = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `salesTaxRate` as `null`.
    pub fn clear_sales_tax_rate(mut self) -> Self {
        self.sales_tax_rate = paygen_runtime::Nullable::Null;
        self
    }
}
