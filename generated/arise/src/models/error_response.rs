/// Error body returned by all ARISE services (a .NET exception DTO). The schema is never printed by the document; it is reconstructed from the 400, 404 and 500 samples. statusCode mirrors the HTTP status; errors is only filled for validation failures.
///
/// **Inferred:** reconstructed from the rendered error samples, no schema is printed
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ErrorResponse {
    /// Validation messages per field name (validation errors only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<std::collections::BTreeMap<String, Vec<String>>>,
    /// Human-readable error detail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    /// HTTP status code of the error.
    #[serde(
        rename = "statusCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_code: Option<i32>,
    /// Service that raised the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Server exception class, e.g. FluentValidation.ValidationException, Exceptions.NotFoundException, Exceptions.IntegrationException.
    #[serde(
        rename = "exceptionType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub exception_type: Option<String>,
    /// Correlation identifier for support requests.
    #[serde(
        rename = "correlationId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub correlation_id: Option<paygen_runtime::Uuid>,
    /// Identifier of the entity concerned, when known.
    #[serde(rename = "entityId", default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// Machine-readable error code, when provided.
    #[serde(rename = "errorCode", default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
}
