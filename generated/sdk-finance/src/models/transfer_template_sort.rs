/// Sort order of a transfer template search.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TransferTemplateSort {
    /// Sort direction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<super::SortDirection>,
}

impl TransferTemplateSort {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self { date: None }
    }

    /// Property `date`: Sort direction.
    pub fn date(mut self, value: super::SortDirection) -> Self {
        self.date = Some(value);
        self
    }
}
