/// Business section of the application.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BusinessInformation {
    /// Merchant's business e-mail address (public client code e-mails the signing link to it).
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
