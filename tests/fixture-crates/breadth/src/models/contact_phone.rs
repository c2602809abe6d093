/// Phone
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ContactPhone {
    /// The `country` field.
    pub country: String,
    /// The `number` field.
    pub number: String,
}
