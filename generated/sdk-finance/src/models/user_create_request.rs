/// A user to create.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct UserCreateRequest {
    /// Legal form of a merchant.
    #[serde(rename = "legalType", default, skip_serializing_if = "Option::is_none")]
    pub legal_type: Option<super::LegalType>,
    /// E-mail address, or phone number without the leading `+`.
    pub login: String,
    /// System organisation for a service user; leave out for individuals and merchants.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "organizationId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub organization_id: paygen_runtime::Nullable<String>,
    /// Role of a user within an organisation.
    pub role: super::Role,
}

impl UserCreateRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(login: impl Into<String>, role: super::Role) -> Self {
        Self {
            legal_type: None,
            login: login.into(),
            organization_id: paygen_runtime::Nullable::Absent,
            role,
        }
    }

    /// Property `legalType`: Legal form of a merchant.
    pub fn legal_type(mut self, value: super::LegalType) -> Self {
        self.legal_type = Some(value);
        self
    }

    /// Property `organizationId`: System organisation for a service user; leave out for individuals and merchants.
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.organization_id = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `organizationId` as `null`.
    pub fn clear_organization_id(mut self) -> Self {
        self.organization_id = paygen_runtime::Nullable::Null;
        self
    }
}
