/// An object with the properties `type` and `iban`. Required: `type` and `iban`.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Bank {
    /// Text.
    #[serde(rename = "type")]
    pub type_: String,
    /// Text.
    pub iban: String,
}
