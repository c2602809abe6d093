/// Name of the session status (Created, Cancelled, Completed, Failed). Typed string or null by the document, but its sample sends the numeric id (2), so an integer is accepted too.
///
/// **Inferred:** the document types this as a string and samples it as a number; which one the server sends is unknown
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(untagged)]
pub enum GetPaymentSessionResponseStatus {
    /// An integer.
    Integer(i32),
    /// Text.
    Text(String),
}
