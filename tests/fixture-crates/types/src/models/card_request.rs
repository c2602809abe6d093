/// Sensitive fields plain, optional, three-state, in lists, maps, objects and unions.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CardRequest {
    /// A named string schema marked sensitive; fields and variants of it are too.
    pub number: String,
    /// Text.
    pub label: String,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cvv: Option<String>,
    /// Text.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "pinBlock",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub pin_block: paygen_runtime::Nullable<String>,
    /// A list; each item: a secret text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pins: Option<Vec<String>>,
    /// A map from names to values; each value: a secret text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secrets: Option<std::collections::BTreeMap<String, String>>,
    /// An object with the properties `name` and `password`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holder: Option<super::CardHolder>,
    /// A list of objects with the properties `name` and `password`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backups: Option<Vec<super::CardHolder>>,
    /// A union with a sensitive variant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential: Option<super::Credential>,
    /// A mark of false wins.
    ///
    /// Format: `password`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visible: Option<String>,
}

impl std::fmt::Debug for CardRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CardRequest")
            .field(
                "number",
                &paygen_runtime::redact::Redacted::last4(&self.number),
            )
            .field("label", &self.label)
            .field("cvv", &paygen_runtime::redact::Redacted::full(&self.cvv))
            .field(
                "pin_block",
                &paygen_runtime::redact::Redacted::full(&self.pin_block),
            )
            .field("pins", &paygen_runtime::redact::Redacted::full(&self.pins))
            .field(
                "secrets",
                &paygen_runtime::redact::Redacted::full(&self.secrets),
            )
            .field("holder", &self.holder)
            .field("backups", &self.backups)
            .field("credential", &self.credential)
            .field("visible", &self.visible)
            .finish()
    }
}

impl paygen_runtime::redact::SensitiveValues for CardRequest {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::values_of(&self.number, out);
        paygen_runtime::redact::values_of(&self.cvv, out);
        paygen_runtime::redact::values_of(&self.pin_block, out);
        paygen_runtime::redact::values_of(&self.pins, out);
        paygen_runtime::redact::values_of(&self.secrets, out);
        paygen_runtime::redact::SensitiveValues::sensitive_values(&self.holder, out);
        paygen_runtime::redact::SensitiveValues::sensitive_values(&self.backups, out);
        paygen_runtime::redact::SensitiveValues::sensitive_values(&self.credential, out);
    }
}

impl CardRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(number: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            number: number.into(),
            label: label.into(),
            cvv: None,
            pin_block: paygen_runtime::Nullable::Absent,
            pins: None,
            secrets: None,
            holder: None,
            backups: None,
            credential: None,
            visible: None,
        }
    }

    /// Property `cvv`: Text.
    pub fn cvv(mut self, value: impl Into<String>) -> Self {
        self.cvv = Some(value.into());
        self
    }

    /// Property `pinBlock`: Text.
    pub fn pin_block(mut self, value: impl Into<String>) -> Self {
        self.pin_block = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `pinBlock` as `null`.
    pub fn clear_pin_block(mut self) -> Self {
        self.pin_block = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `pins`: A list; each item: a secret text.
    pub fn pins(mut self, value: Vec<String>) -> Self {
        self.pins = Some(value);
        self
    }

    /// Property `secrets`: A map from names to values; each value: a secret text.
    pub fn secrets(mut self, value: std::collections::BTreeMap<String, String>) -> Self {
        self.secrets = Some(value);
        self
    }

    /// Property `holder`: An object with the properties `name` and `password`.
    pub fn holder(mut self, value: super::CardHolder) -> Self {
        self.holder = Some(value);
        self
    }

    /// Property `backups`: A list of objects with the properties `name` and `password`.
    pub fn backups(mut self, value: Vec<super::CardHolder>) -> Self {
        self.backups = Some(value);
        self
    }

    /// Property `credential`: A union with a sensitive variant.
    pub fn credential(mut self, value: super::Credential) -> Self {
        self.credential = Some(value);
        self
    }

    /// Property `visible`: A mark of false wins.
    ///
    /// Format: `password`.
    pub fn visible(mut self, value: impl Into<String>) -> Self {
        self.visible = Some(value.into());
        self
    }
}
