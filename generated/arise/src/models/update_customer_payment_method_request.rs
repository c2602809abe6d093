/// An object with the property `name`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct UpdateCustomerPaymentMethodRequest {
    /// Payment method name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl UpdateCustomerPaymentMethodRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self { name: None }
    }

    /// Property `name`: Payment method name.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
