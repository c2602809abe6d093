/// An object with the properties `id` and `name`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetPaymentConfigurationsResponseAvailableTransactionTypes {
    /// Aurora transaction type identifier code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i32>,
    /// Name of the transaction type..
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
