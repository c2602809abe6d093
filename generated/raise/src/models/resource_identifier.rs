/// Reference to another resource, resolved through `included`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResourceIdentifier {
    /// Type of the referenced resource.
    #[serde(rename = "type")]
    pub type_: String,
    /// Identifier of the referenced resource.
    pub id: String,
}
