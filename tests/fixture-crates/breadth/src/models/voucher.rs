/// Declares `type` without requiring it; the union fills it in when it is unset.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Voucher {
    /// The `type` field.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// The `code` field.
    pub code: String,
}
