/// Result of submitting an application.
///
/// **Inferred:** Only urlForSigning is observed in public client code; an application id is assumed and any other field is kept.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ApplicationSubmission {
    /// Application id. Public client code shows numeric ids (e.g. 29649); a string is
    /// accepted as well.
    #[serde(
        rename = "applicationId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub application_id: Option<super::ApplicationId>,
    /// Application id. Public client code shows numeric ids (e.g. 29649); a string is
    /// accepted as well.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<super::ApplicationId>,
    /// Link the merchant opens to sign the boarding documents and give the required consents.
    ///
    /// Format: `uri`.
    #[serde(
        rename = "urlForSigning",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub url_for_signing: Option<String>,
    /// Properties not named in the schema, kept as sent.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}
