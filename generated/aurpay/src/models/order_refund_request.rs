/// Optional refund details.
///
/// **Inferred:** The API page says there is no body; the product guide says a refund needs the customer's wallet address, so an optional address is accepted.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderRefundRequest {
    /// Customer wallet address that receives the refund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}
