/// Hosted checkout link.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct PaymentUrl {
    /// Hosted checkout URL to send the customer to.
    ///
    /// Format: `uri`.
    pub pay_url: String,
}
