/// The `CardDetailsDto` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CardDetailsDto {
    /// The `authCode` field.
    #[serde(rename = "authCode", default, skip_serializing_if = "Option::is_none")]
    pub auth_code: Option<String>,
    /// The `mid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mid: Option<String>,
    /// The `tid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tid: Option<String>,
    /// The `cardCreditDebitTypeId` field.
    #[serde(
        rename = "cardCreditDebitTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub card_credit_debit_type_id: Option<i32>,
    /// The `cardCreditDebitType` field.
    #[serde(
        rename = "cardCreditDebitType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub card_credit_debit_type: Option<String>,
    /// The `processCreditDebitTypeId` field.
    #[serde(
        rename = "processCreditDebitTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub process_credit_debit_type_id: Option<i32>,
    /// The `processCreditDebitType` field.
    #[serde(
        rename = "processCreditDebitType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub process_credit_debit_type: Option<String>,
    /// The `rrn` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rrn: Option<String>,
    /// The `cardTypeId` field.
    #[serde(
        rename = "cardTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub card_type_id: Option<i32>,
    /// The `cardType` field.
    #[serde(rename = "cardType", default, skip_serializing_if = "Option::is_none")]
    pub card_type: Option<String>,
}
