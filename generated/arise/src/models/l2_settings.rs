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
