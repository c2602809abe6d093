/// A draft application as returned by the API.
///
/// **Inferred:** The response is not documented. It is assumed to carry the draft's id, under applicationId or id, plus the application data; every field is kept.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct DraftApplication {
    /// Application id. Public client code shows numeric ids (e.g. 29649); a string is
    /// accepted as well.
    #[serde(
        rename = "applicationId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub application_id: Option<super::ApplicationId>,
    /// Business section of the application.
    #[serde(
        rename = "businessInformation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub business_information: Option<super::BusinessInformation>,
    /// Application id. Public client code shows numeric ids (e.g. 29649); a string is
    /// accepted as well.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<super::ApplicationId>,
    /// Properties not named in the schema, kept as sent.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}
