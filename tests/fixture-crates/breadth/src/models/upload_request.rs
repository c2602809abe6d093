/// An object with the properties `file` and `purpose`. Required: `file`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct UploadRequest {
    /// File content.
    #[serde(with = "paygen_runtime::multipart::binary::bytes")]
    pub file: paygen_runtime::Bytes,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
}

impl UploadRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(file: paygen_runtime::Bytes) -> Self {
        Self {
            file,
            purpose: None,
        }
    }

    /// Property `purpose`: Text.
    pub fn purpose(mut self, value: impl Into<String>) -> Self {
        self.purpose = Some(value.into());
        self
    }
}
