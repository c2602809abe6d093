/// The `Bank` schema.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Bank {
    /// The `type` field.
    #[serde(rename = "type")]
    pub type_: String,
    /// The `iban` field.
    pub iban: String,
}
