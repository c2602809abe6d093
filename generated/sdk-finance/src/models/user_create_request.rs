/// A user to create.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserCreateRequest {
    /// Legal form of a merchant.
    #[serde(rename = "legalType", default, skip_serializing_if = "Option::is_none")]
    pub legal_type: Option<super::LegalType>,
    /// E-mail address, or phone number without the leading `+`.
    pub login: String,
    /// System organisation for a service user; leave out for individuals and merchants.
    #[serde(
        rename = "organizationId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub organization_id: Option<String>,
    /// Role of a user within an organisation.
    pub role: super::Role,
}
