/// Declares no `type` property; the union adds the tag when writing.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Wallet {
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
}
