/// The successful outcomes of `POST /items`, one per documented status.
#[derive(Clone, Debug, PartialEq)]
pub enum CreateItemResponse {
    /// Status `201`.
    Created(super::Item),
    /// Status `202`.
    Accepted(super::Job),
}
