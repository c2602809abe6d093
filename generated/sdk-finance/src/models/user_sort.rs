/// Sort order of a user search.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct UserSort {
    /// Sort direction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<super::SortDirection>,
    /// Sort direction.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<super::SortDirection>,
}

impl UserSort {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            active: None,
            created_at: None,
        }
    }

    /// Property `active`: Sort direction.
    pub fn active(mut self, value: super::SortDirection) -> Self {
        self.active = Some(value);
        self
    }

    /// Property `createdAt`: Sort direction.
    pub fn created_at(mut self, value: super::SortDirection) -> Self {
        self.created_at = Some(value);
        self
    }
}
