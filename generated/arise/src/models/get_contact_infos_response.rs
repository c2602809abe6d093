/// An object with the property `contactInfos`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetContactInfosResponse {
    /// Contact records of the merchant.
    #[serde(
        rename = "contactInfos",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub contact_infos: Option<Vec<super::ContactInfo>>,
}
