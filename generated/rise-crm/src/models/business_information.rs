/// Business section of the application.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BusinessInformation {
    /// Merchant's business e-mail address (public client code e-mails the signing link to it).
    ///
    /// Format: `email`.
    #[serde(
        rename = "businessEmail",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub business_email: Option<String>,
    /// Properties not named in the schema, kept as sent.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}

impl BusinessInformation {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            business_email: None,
            additional_properties: Default::default(),
        }
    }

    /// Property `businessEmail`: Merchant's business e-mail address (public client code e-mails the signing link to it).
    ///
    /// Format: `email`.
    pub fn business_email(mut self, value: impl Into<String>) -> Self {
        self.business_email = Some(value.into());
        self
    }
}
