/// An object with the properties `holder` and `nickname`. Required: `holder`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct NewCard {
    /// Text.
    pub holder: String,
    /// Text.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub nickname: paygen_runtime::Nullable<String>,
}

impl NewCard {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(holder: impl Into<String>) -> Self {
        Self {
            holder: holder.into(),
            nickname: paygen_runtime::Nullable::Absent,
        }
    }

    /// Property `nickname`: Text.
    pub fn nickname(mut self, value: impl Into<String>) -> Self {
        self.nickname = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `nickname` as `null`.
    pub fn clear_nickname(mut self) -> Self {
        self.nickname = paygen_runtime::Nullable::Null;
        self
    }
}
