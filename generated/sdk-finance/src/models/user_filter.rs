/// Criteria for a user search.
#[derive(Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct UserFilter {
    /// `true` or `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// `true` or `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub banned: Option<bool>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `true` or `false`.
    #[serde(
        rename = "emailVerified",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub email_verified: Option<bool>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iban: Option<String>,
    /// Text.
    #[serde(
        rename = "identificationStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub identification_status: Option<String>,
    /// A list; each item: text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ids: Option<Vec<String>>,
    /// A list; each item: text.
    #[serde(
        rename = "organizationIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub organization_ids: Option<Vec<String>>,
    /// Text.
    #[serde(
        rename = "personalId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub personal_id: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// `true` or `false`.
    #[serde(
        rename = "phoneVerified",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub phone_verified: Option<bool>,
    /// A list; each item: one of `accountant`, `administrator`, `antifraud_specialist`, `cashier`, `cfo`, `compliance_manager`, `compliance_specialist`, `customer_support` and 2 more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<super::Role>>,
    /// Free-text search.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tid: Option<String>,
    /// Text.
    #[serde(
        rename = "virtualAccountNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub virtual_account_number: Option<String>,
}

impl std::fmt::Debug for UserFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserFilter")
            .field("active", &self.active)
            .field("banned", &self.banned)
            .field("email", &self.email)
            .field("email_verified", &self.email_verified)
            .field("iban", &paygen_runtime::redact::Redacted::full(&self.iban))
            .field("identification_status", &self.identification_status)
            .field("ids", &self.ids)
            .field("organization_ids", &self.organization_ids)
            .field("personal_id", &self.personal_id)
            .field("phone", &self.phone)
            .field("phone_verified", &self.phone_verified)
            .field("roles", &self.roles)
            .field("text", &self.text)
            .field("tid", &self.tid)
            .field(
                "virtual_account_number",
                &paygen_runtime::redact::Redacted::full(&self.virtual_account_number),
            )
            .finish()
    }
}

impl paygen_runtime::redact::SensitiveValues for UserFilter {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::values_of(&self.iban, out);
        paygen_runtime::redact::values_of(&self.virtual_account_number, out);
    }
}

impl UserFilter {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            active: None,
            banned: None,
            email: None,
            email_verified: None,
            iban: None,
            identification_status: None,
            ids: None,
            organization_ids: None,
            personal_id: None,
            phone: None,
            phone_verified: None,
            roles: None,
            text: None,
            tid: None,
            virtual_account_number: None,
        }
    }

    /// Property `active`: `true` or `false`.
    pub fn active(mut self, value: bool) -> Self {
        self.active = Some(value);
        self
    }

    /// Property `banned`: `true` or `false`.
    pub fn banned(mut self, value: bool) -> Self {
        self.banned = Some(value);
        self
    }

    /// Property `email`: Text.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Property `emailVerified`: `true` or `false`.
    pub fn email_verified(mut self, value: bool) -> Self {
        self.email_verified = Some(value);
        self
    }

    /// Property `iban`: Text.
    pub fn iban(mut self, value: impl Into<String>) -> Self {
        self.iban = Some(value.into());
        self
    }

    /// Property `identificationStatus`: Text.
    pub fn identification_status(mut self, value: impl Into<String>) -> Self {
        self.identification_status = Some(value.into());
        self
    }

    /// Property `ids`: A list; each item: text.
    pub fn ids(mut self, value: Vec<String>) -> Self {
        self.ids = Some(value);
        self
    }

    /// Property `organizationIds`: A list; each item: text.
    pub fn organization_ids(mut self, value: Vec<String>) -> Self {
        self.organization_ids = Some(value);
        self
    }

    /// Property `personalId`: Text.
    pub fn personal_id(mut self, value: impl Into<String>) -> Self {
        self.personal_id = Some(value.into());
        self
    }

    /// Property `phone`: Text.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }

    /// Property `phoneVerified`: `true` or `false`.
    pub fn phone_verified(mut self, value: bool) -> Self {
        self.phone_verified = Some(value);
        self
    }

    /// Property `roles`: A list; each item: one of `accountant`, `administrator`, `antifraud_specialist`, `cashier`, `cfo`, `compliance_manager`, `compliance_specialist`, `customer_support` and 2 more.
    pub fn roles(mut self, value: Vec<super::Role>) -> Self {
        self.roles = Some(value);
        self
    }

    /// Property `text`: Free-text search.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }

    /// Property `tid`: Text.
    pub fn tid(mut self, value: impl Into<String>) -> Self {
        self.tid = Some(value.into());
        self
    }

    /// Property `virtualAccountNumber`: Text.
    pub fn virtual_account_number(mut self, value: impl Into<String>) -> Self {
        self.virtual_account_number = Some(value.into());
        self
    }
}
