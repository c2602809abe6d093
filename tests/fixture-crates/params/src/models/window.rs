/// An object with the properties `from` and `to`. Required: `from`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Window {
    /// A date (`YYYY-MM-DD`).
    pub from: paygen_runtime::Date,
    /// A date (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<paygen_runtime::Date>,
}

impl Window {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(from: paygen_runtime::Date) -> Self {
        Self { from, to: None }
    }

    /// Property `to`: A date (`YYYY-MM-DD`).
    pub fn to(mut self, value: paygen_runtime::Date) -> Self {
        self.to = Some(value);
        self
    }
}
