/// The `TransactionResponseDetailsDto` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TransactionResponseDetailsDto {
    /// A two-character response code indicating the status of the authorization request
    #[serde(
        rename = "hostResponseCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_response_code: Option<String>,
    /// Authorization response message
    #[serde(
        rename = "hostResponseMessage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_response_message: Option<String>,
    /// Response definition
    #[serde(
        rename = "hostResponseDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_response_definition: Option<String>,
    /// High-level operation response - approve, decline or error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Free-form result description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Processor-specific response code that precisely describes the operation result.
    #[serde(
        rename = "processorResponseCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub processor_response_code: Option<String>,
    /// The authorization code received for the transaction.
    #[serde(rename = "authCode", default, skip_serializing_if = "Option::is_none")]
    pub auth_code: Option<String>,
    /// The `maskedPan` field.
    #[serde(rename = "maskedPan", default, skip_serializing_if = "Option::is_none")]
    pub masked_pan: Option<String>,
}
