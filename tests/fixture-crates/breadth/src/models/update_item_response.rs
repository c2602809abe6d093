/// The successful outcomes of `PATCH /items/{id}`, one per documented status.
#[derive(Clone, Debug, PartialEq)]
pub enum UpdateItemResponse {
    /// Status `200`.
    Ok(super::Item),
    /// Status `204`.
    NoContent,
}
