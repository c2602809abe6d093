/// A new individual or merchant user.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct RegistrationRequest {
    /// Legal form of a merchant.
    #[serde(rename = "legalType", default, skip_serializing_if = "Option::is_none")]
    pub legal_type: Option<super::LegalType>,
    /// E-mail address, or phone number without the leading `+`; receives the one-time password.
    pub login: String,
    /// Referral link (older documentation only).
    #[serde(
        rename = "referralLink",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub referral_link: Option<String>,
    /// Role of the new user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<super::RegistrationRequestRole>,
}

impl RegistrationRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(login: impl Into<String>) -> Self {
        Self {
            legal_type: None,
            login: login.into(),
            referral_link: None,
            role: None,
        }
    }

    /// Property `legalType`: Legal form of a merchant.
    pub fn legal_type(mut self, value: super::LegalType) -> Self {
        self.legal_type = Some(value);
        self
    }

    /// Property `referralLink`: Referral link (older documentation only).
    pub fn referral_link(mut self, value: impl Into<String>) -> Self {
        self.referral_link = Some(value.into());
        self
    }

    /// Property `role`: Role of the new user.
    pub fn role(mut self, value: super::RegistrationRequestRole) -> Self {
        self.role = Some(value);
        self
    }
}
