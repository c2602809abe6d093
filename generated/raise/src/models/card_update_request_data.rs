/// Primary data of a card update request.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct CardUpdateRequestData {
    /// Resource type; always `cards`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Identifier of the card, the same as in the path. Documented only as a string (the examples are UUIDs), so no UUID format is assumed.
    pub id: String,
    /// Attributes of a card update request.
    pub attributes: super::CardUpdateAttributes,
}

impl CardUpdateRequestData {
    /// Creates the value from its required fields; optional fields start empty.
    ///
    /// Sets `type` to the one value its schema allows.
    pub fn new(id: impl Into<String>, attributes: super::CardUpdateAttributes) -> Self {
        Self {
            type_: "cards".to_owned(),
            id: id.into(),
            attributes,
        }
    }
}
