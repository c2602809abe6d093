/// Primary data; its `type` allows one value, which the constructor sets.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct ThingData {
    /// Always `things`.
    #[serde(rename = "type")]
    pub type_: String,
    /// What the caller writes; a property with no description is documented by its schema.
    pub attributes: super::ThingAttributes,
}

impl ThingData {
    /// Creates the value from its required fields; optional fields start empty.
    ///
    /// Sets `type` to the one value its schema allows.
    pub fn new(attributes: super::ThingAttributes) -> Self {
        Self {
            type_: "things".to_owned(),
            attributes,
        }
    }
}

/// Wraps a `ThingAttributes`, the one value `new` takes.
impl From<super::ThingAttributes> for ThingData {
    fn from(value: super::ThingAttributes) -> Self {
        Self::new(value)
    }
}
