/// A `categories` resource: a group of brands.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Category {
    /// Resource type; always `categories`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Category code, one of the `CategoryCode` values.
    pub id: String,
    /// Attributes of a category.
    pub attributes: super::CategoryAttributes,
}
