/// An object with the properties `actionId`, `action`, `responseCode`, `groupId`, `group`, `resultId`, `result` and `codeDescription`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct AvsResponseDto {
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.AvsActions).
    #[serde(rename = "actionId", default, skip_serializing_if = "Option::is_none")]
    pub action_id: Option<super::AvsActions>,
    /// AVS Action
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// AVS Response Code
    #[serde(
        rename = "responseCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub response_code: Option<String>,
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.AvsCodeGroupType).
    #[serde(rename = "groupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<super::AvsCodeGroupType>,
    /// AVS Code Group
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.AvsResponseResult).
    #[serde(rename = "resultId", default, skip_serializing_if = "Option::is_none")]
    pub result_id: Option<super::AvsResponseResult>,
    /// Outcome of address verification: Passed when all address data matched, Failed otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
    /// AVS Response Code Description
    #[serde(
        rename = "codeDescription",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub code_description: Option<String>,
}
