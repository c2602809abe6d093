/// An object with the properties `id` and `name`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetPaymentConfigurationsResponseAvailableCardTypes {
    /// Id of the card brand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i32>,
    /// Name of the credit card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
