/// An object with the properties `from` and `to`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct GetItemsIdRange {
    /// A date (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<paygen_runtime::Date>,
    /// A date (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<paygen_runtime::Date>,
}

impl GetItemsIdRange {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            from: None,
            to: None,
        }
    }

    /// Property `from`: A date (`YYYY-MM-DD`).
    pub fn set_from(mut self, value: paygen_runtime::Date) -> Self {
        self.from = Some(value);
        self
    }

    /// Property `to`: A date (`YYYY-MM-DD`).
    pub fn to(mut self, value: paygen_runtime::Date) -> Self {
        self.to = Some(value);
        self
    }
}
