/// The `Bank` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Bank {
    /// The `type` field.
    #[serde(rename = "type")]
    pub type_: String,
    /// The `iban` field.
    pub iban: String,
}
