/// Request document for a card action.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct CardUpdateRequest {
    /// Primary data of a card update request.
    pub data: super::CardUpdateRequestData,
}

impl CardUpdateRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(data: super::CardUpdateRequestData) -> Self {
        Self { data }
    }
}

/// Wraps a `CardUpdateRequestData`, the one value `new` takes.
impl From<super::CardUpdateRequestData> for CardUpdateRequest {
    fn from(value: super::CardUpdateRequestData) -> Self {
        Self::new(value)
    }
}
