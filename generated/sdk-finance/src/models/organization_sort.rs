/// Sort order of an organisation search. The knowledge base sorts on `creationDate`, the
/// 2024 frontend on `createdAt`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct OrganizationSort {
    /// Sort direction.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<super::SortDirection>,
    /// Sort direction.
    #[serde(
        rename = "creationDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub creation_date: Option<super::SortDirection>,
}

impl OrganizationSort {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            created_at: None,
            creation_date: None,
        }
    }

    /// Property `createdAt`: Sort direction.
    pub fn created_at(mut self, value: super::SortDirection) -> Self {
        self.created_at = Some(value);
        self
    }

    /// Property `creationDate`: Sort direction.
    pub fn creation_date(mut self, value: super::SortDirection) -> Self {
        self.creation_date = Some(value);
        self
    }
}
