/// Criteria for an organisation search.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct OrganizationFilter {
    /// Text.
    #[serde(rename = "emitentId", default, skip_serializing_if = "Option::is_none")]
    pub emitent_id: Option<String>,
    /// A list; each item: one of `cash_desk`, `individual`, `merchant`, `support` and `system`. Example: `\["system"\]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub types: Option<Vec<super::OrganizationType>>,
}

impl OrganizationFilter {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            emitent_id: None,
            types: None,
        }
    }

    /// Property `emitentId`: Text.
    pub fn emitent_id(mut self, value: impl Into<String>) -> Self {
        self.emitent_id = Some(value.into());
        self
    }

    /// Property `types`: A list; each item: one of `cash_desk`, `individual`, `merchant`, `support` and `system`. Example: `\["system"\]`.
    pub fn types(mut self, value: Vec<super::OrganizationType>) -> Self {
        self.types = Some(value);
        self
    }
}
