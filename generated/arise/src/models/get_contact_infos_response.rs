/// The `GetContactInfosResponse` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetContactInfosResponse {
    /// A list of contact information entries associated with the merchant.
    #[serde(
        rename = "contactInfos",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub contact_infos: Option<Vec<super::ContactInfo>>,
}
