/// The successful outcomes of `POST /token`, one per documented status.
#[derive(Clone, Debug, PartialEq)]
pub enum TokenResponse {
    /// Status `200`.
    Ok(String),
    /// Status `204`.
    NoContent,
}
