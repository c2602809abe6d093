/// Hosted checkout link.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaymentUrl {
    /// Hosted checkout URL to send the customer to.
    ///
    /// Format: `uri`.
    pub pay_url: String,
}
