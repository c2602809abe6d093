/// Criteria for a transfer template search.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TransferTemplateFilter {
    /// Text.
    #[serde(
        rename = "filterType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub filter_type: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Kind of transfer endpoint.
    #[serde(
        rename = "paymentToolType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_tool_type: Option<super::PaymentToolType>,
    /// Text.
    #[serde(
        rename = "recipientPhoneNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub recipient_phone_number: Option<String>,
}

impl TransferTemplateFilter {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            filter_type: None,
            id: None,
            name: None,
            payment_tool_type: None,
            recipient_phone_number: None,
        }
    }

    /// Property `filterType`: Text.
    pub fn filter_type(mut self, value: impl Into<String>) -> Self {
        self.filter_type = Some(value.into());
        self
    }

    /// Property `id`: Text.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Property `name`: Text.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Property `paymentToolType`: Kind of transfer endpoint.
    pub fn payment_tool_type(mut self, value: super::PaymentToolType) -> Self {
        self.payment_tool_type = Some(value);
        self
    }

    /// Property `recipientPhoneNumber`: Text.
    pub fn recipient_phone_number(mut self, value: impl Into<String>) -> Self {
        self.recipient_phone_number = Some(value.into());
        self
    }
}
