/// Phone
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactPhone {
    /// The `country` field.
    pub country: String,
    /// The `number` field.
    pub number: String,
}
