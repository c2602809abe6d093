/// Paged list of cards, with the brands they refer to.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CardListDocument {
    /// Cards on this page.
    pub data: Vec<super::Card>,
    /// Brands referred to by the cards' `relationships`, each listed once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub included: Option<Vec<super::Brand>>,
    /// Metadata of a list document.
    pub meta: super::ListMeta,
}
