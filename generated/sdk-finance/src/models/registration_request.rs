/// A new individual or merchant user.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
