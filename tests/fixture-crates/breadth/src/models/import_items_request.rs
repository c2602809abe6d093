/// An object with the properties `name`, `meta`, `ids`, `labels` and `filter`. Required: `name`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct ImportItemsRequest {
    /// Text.
    pub name: String,
    /// A map from names to values; each value: text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<std::collections::BTreeMap<String, String>>,
    /// A list; each item: text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ids: Option<Vec<String>>,
    /// A list; each item: text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// A map from names to values; each value: text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<std::collections::BTreeMap<String, String>>,
}

impl ImportItemsRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            meta: None,
            ids: None,
            labels: None,
            filter: None,
        }
    }

    /// Property `meta`: A map from names to values; each value: text.
    pub fn meta(mut self, value: std::collections::BTreeMap<String, String>) -> Self {
        self.meta = Some(value);
        self
    }

    /// Property `ids`: A list; each item: text.
    pub fn ids(mut self, value: Vec<String>) -> Self {
        self.ids = Some(value);
        self
    }

    /// Property `labels`: A list; each item: text.
    pub fn labels(mut self, value: Vec<String>) -> Self {
        self.labels = Some(value);
        self
    }

    /// Property `filter`: A map from names to values; each value: text.
    pub fn filter(mut self, value: std::collections::BTreeMap<String, String>) -> Self {
        self.filter = Some(value);
        self
    }
}
