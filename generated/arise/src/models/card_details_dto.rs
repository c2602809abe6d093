/// An object with the properties `authCode`, `mid`, `tid`, `cardCreditDebitTypeId`, `cardCreditDebitType`, `processCreditDebitTypeId`, `processCreditDebitType`, `rrn` and 2 more.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CardDetailsDto {
    /// Text.
    #[serde(rename = "authCode", default, skip_serializing_if = "Option::is_none")]
    pub auth_code: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mid: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tid: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "cardCreditDebitTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub card_credit_debit_type_id: Option<i32>,
    /// Text.
    #[serde(
        rename = "cardCreditDebitType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub card_credit_debit_type: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "processCreditDebitTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub process_credit_debit_type_id: Option<i32>,
    /// Text.
    #[serde(
        rename = "processCreditDebitType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub process_credit_debit_type: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rrn: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "cardTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub card_type_id: Option<i32>,
    /// Text.
    #[serde(rename = "cardType", default, skip_serializing_if = "Option::is_none")]
    pub card_type: Option<String>,
}
