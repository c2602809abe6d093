/// The successful outcomes of `POST /orders`, one per documented status.
#[derive(Clone, Debug, PartialEq)]
pub enum CreateOrderResponse {
    /// Status `200`.
    Ok(super::Order),
    /// Status `201`.
    Created(super::Created),
    /// Status `202`.
    Accepted,
}
