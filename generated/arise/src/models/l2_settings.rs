/// The `L2Settings` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct L2Settings {
    /// The type of tax rate. This field is used if taxCategory is not used. Default sale tax rate in percentage Must be between 0% - 22% ,Applicable only Level 2 AutoFill.
    #[serde(
        rename = "taxRate",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub tax_rate: Option<paygen_runtime::Decimal>,
}
impl L2Settings {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self { tax_rate: None }
    }
    /// Sets `taxRate`.
    pub fn with_tax_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.tax_rate = Some(value);
        self
    }
}
