/// A `brands` resource: one gift card brand in one country and currency.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Brand {
    /// Resource type; always `brands`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Brand identifier, documented as a UUID v4. Kept as a plain string because one of the document's own list examples carries a non-hex id (`a5asdf5b-...`).
    pub id: String,
    /// Catalogue details of a brand. The same merchant in another country is a different brand sharing the same `group_id`.
    pub attributes: super::BrandAttributes,
}
