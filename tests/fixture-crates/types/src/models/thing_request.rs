/// A JSON:API envelope; built from its data or its attributes.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct ThingRequest {
    /// Primary data; its `type` allows one value, which the constructor sets.
    pub data: super::ThingData,
}

impl ThingRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(data: impl Into<super::ThingData>) -> Self {
        Self { data: data.into() }
    }
}

/// Wraps a `ThingData`, the one value `new` takes.
impl From<super::ThingData> for ThingRequest {
    fn from(value: super::ThingData) -> Self {
        Self::new(value)
    }
}

/// Wraps a `ThingAttributes` in a `ThingData` first.
impl From<super::ThingAttributes> for ThingRequest {
    fn from(value: super::ThingAttributes) -> Self {
        Self::new(value)
    }
}
