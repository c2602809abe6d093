/// Short form of a user.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct UserShort {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `profileOrganizationId` field.
    #[serde(
        rename = "profileOrganizationId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub profile_organization_id: Option<String>,
}
