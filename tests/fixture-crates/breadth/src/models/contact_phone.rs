/// Phone
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ContactPhone {
    /// Text.
    pub country: String,
    /// Text.
    pub number: String,
}
