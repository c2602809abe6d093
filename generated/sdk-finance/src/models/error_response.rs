/// Error body of every non-2xx response. `mdcId` is the server's correlation id (2024
/// generation); the 2022-2023 generation sends a `message` instead.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ErrorResponse {
    /// Machine-readable error code.
    pub code: String,
    /// A list of objects with the properties `message` and `parameter`.
    pub errors: Vec<super::ErrorDetail>,
    /// Correlation id of the failed request on the server.
    #[serde(rename = "mdcId", default, skip_serializing_if = "Option::is_none")]
    pub mdc_id: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// A list of objects with the properties `key` and `value`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Vec<super::ErrorParameter>>,
    /// Name of a request property the server did not recognise.
    #[serde(
        rename = "unknownProperty",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub unknown_property: Option<String>,
}
