/// Absent leaves a field unchanged, null clears it.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct ItemPatch {
    /// Text.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub note: paygen_runtime::Nullable<String>,
    /// A decimal amount, written as a string.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_string"
    )]
    pub amount: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// A date (`YYYY-MM-DD`).
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub due: paygen_runtime::Nullable<paygen_runtime::Date>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

impl ItemPatch {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            note: paygen_runtime::Nullable::Absent,
            amount: paygen_runtime::Nullable::Absent,
            due: paygen_runtime::Nullable::Absent,
            label: None,
        }
    }

    /// Property `note`: Text.
    pub fn note(mut self, value: impl Into<String>) -> Self {
        self.note = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `note` as `null`.
    pub fn clear_note(mut self) -> Self {
        self.note = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `amount`: A decimal amount, written as a string.
    pub fn amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.amount = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `amount` as `null`.
    pub fn clear_amount(mut self) -> Self {
        self.amount = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `due`: A date (`YYYY-MM-DD`).
    pub fn due(mut self, value: paygen_runtime::Date) -> Self {
        self.due = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `due` as `null`.
    pub fn clear_due(mut self) -> Self {
        self.due = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `label`: Text.
    pub fn label(mut self, value: impl Into<String>) -> Self {
        self.label = Some(value.into());
        self
    }
}
