/// Reference to another resource, resolved through `included`.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ResourceIdentifier {
    /// Type of the referenced resource.
    #[serde(rename = "type")]
    pub type_: String,
    /// Identifier of the referenced resource.
    pub id: String,
}
