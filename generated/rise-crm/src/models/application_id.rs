/// Application id. Public client code shows numeric ids (e.g. 29649); a string is
/// accepted as well.
///
/// **Inferred:** The id's JSON type is not documented; integer-or-string is accepted as the research notes recommend.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(untagged)]
pub enum ApplicationId {
    /// An integer.
    Integer(i64),
    /// Text.
    String(String),
}
