/// An object with the property `taxRate`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct L2Settings {
    /// Default sales tax rate in percent (0 to 22) for Level 2 autofill; used when no tax category is set.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "taxRate",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub tax_rate: paygen_runtime::Nullable<paygen_runtime::Decimal>,
}

impl L2Settings {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            tax_rate: paygen_runtime::Nullable::Absent,
        }
    }

    /// Property `taxRate`: Default sales tax rate in percent (0 to 22) for Level 2 autofill; used when no tax category is set.
    pub fn tax_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.tax_rate = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `taxRate` as `null`.
    pub fn clear_tax_rate(mut self) -> Self {
        self.tax_rate = paygen_runtime::Nullable::Null;
        self
    }
}
