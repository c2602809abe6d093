/// An object with the properties `amount`, `referenceId` and `customerId`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct CreateOneTimeQuickPaymentRequest {
    /// Amount of the link in USD.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub amount: Option<paygen_runtime::Decimal>,
    /// ReferenceId.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "referenceId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub reference_id: paygen_runtime::Nullable<String>,
    /// Customer identifier.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "customerId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub customer_id: paygen_runtime::Nullable<paygen_runtime::Uuid>,
}

impl CreateOneTimeQuickPaymentRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            amount: None,
            reference_id: paygen_runtime::Nullable::Absent,
            customer_id: paygen_runtime::Nullable::Absent,
        }
    }

    /// Property `amount`: Amount of the link in USD.
    pub fn amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.amount = Some(value);
        self
    }

    /// Property `referenceId`: ReferenceId.
    pub fn reference_id(mut self, value: impl Into<String>) -> Self {
        self.reference_id = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `referenceId` as `null`.
    pub fn clear_reference_id(mut self) -> Self {
        self.reference_id = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `customerId`: Customer identifier.
    pub fn customer_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.customer_id = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `customerId` as `null`.
    pub fn clear_customer_id(mut self) -> Self {
        self.customer_id = paygen_runtime::Nullable::Null;
        self
    }
}
