/// Optional refund details.
///
/// **Inferred:** The API page says there is no body; the product guide says a refund needs the customer's wallet address, so an optional address is accepted.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct OrderRefundRequest {
    /// Customer wallet address that receives the refund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}

impl OrderRefundRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self { address: None }
    }

    /// Property `address`: Customer wallet address that receives the refund.
    pub fn address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }
}
