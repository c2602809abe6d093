/// A membership of a user in an organisation.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct UserMember {
    /// Contract summary of an organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract_info: Option<super::ContractInfo>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// An organisation (the short form on memberships carries fewer fields).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<super::Organization>,
    /// Role of a user within an organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<super::Role>,
}
