/// Request document for a card action.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CardUpdateRequest {
    /// Primary data of a card update request.
    pub data: super::CardUpdateRequestData,
}
