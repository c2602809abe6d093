/// A merchant boarding application: a JSON object made of nested sections. Only
/// `businessInformation.businessEmail` is confirmed; every other section and field is
/// passed through unchanged until the vendor's schema is available.
///
/// **Inferred:** The full application schema is not public; a permissive object with the confirmed keys is used, as the research notes recommend. The same shape is assumed for drafts, with every field optional.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Application {
    /// Business section of the application.
    #[serde(
        rename = "businessInformation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub business_information: Option<super::BusinessInformation>,
    /// Properties not named in the schema, kept as sent.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}

impl Application {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            business_information: None,
            additional_properties: Default::default(),
        }
    }

    /// Property `businessInformation`: Business section of the application.
    pub fn business_information(mut self, value: super::BusinessInformation) -> Self {
        self.business_information = Some(value);
        self
    }
}
