/// An organisation (the short form on memberships carries fewer fields).
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Organization {
    /// Contract summary of an organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract_info: Option<super::ContractInfo>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Text.
    #[serde(
        rename = "identificationStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub identification_status: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Text.
    #[serde(
        rename = "organizationStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub organization_status: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Kind of organisation.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<super::OrganizationType>,
}
