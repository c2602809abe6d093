/// What the caller writes; a property with no description is documented by its schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct ThingAttributes {
    /// Text. At most 40 characters. Example: `Widget`.
    pub name: String,
    /// An integer. From 1 to 1000.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<i64>,
}

impl ThingAttributes {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            weight: None,
        }
    }

    /// Property `weight`: An integer. From 1 to 1000.
    pub fn weight(mut self, value: i64) -> Self {
        self.weight = Some(value);
        self
    }
}
