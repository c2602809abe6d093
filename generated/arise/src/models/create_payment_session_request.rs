/// An object with the properties `amount`, `customerId`, `mode`, `skipAddressVerification`, `referenceId` and `tipAmount`. Required: `amount`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct CreatePaymentSessionRequest {
    /// Amount in USD to charge, before adjustments.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub amount: paygen_runtime::Decimal,
    /// Customer identifier.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "customerId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub customer_id: paygen_runtime::Nullable<paygen_runtime::Uuid>,
    /// Intent of a payment session: 1 a standard payment (default), 2 a vault-only session that saves a payment method, 3 a payment that also saves the method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<super::PaymentSessionMode>,
    /// When true, address verification (AVS) is skipped.
    ///
    /// Default: `false`.
    #[serde(
        rename = "skipAddressVerification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub skip_address_verification: Option<bool>,
    /// Reference of the integrator (ISV) for the session.
    #[serde(
        rename = "referenceId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reference_id: Option<String>,
    /// Tip as a fixed amount in USD.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "tipAmount",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub tip_amount: paygen_runtime::Nullable<paygen_runtime::Decimal>,
}

impl CreatePaymentSessionRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(amount: paygen_runtime::Decimal) -> Self {
        Self {
            amount,
            customer_id: paygen_runtime::Nullable::Absent,
            mode: None,
            skip_address_verification: None,
            reference_id: None,
            tip_amount: paygen_runtime::Nullable::Absent,
        }
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

    /// Property `mode`: Intent of a payment session: 1 a standard payment (default), 2 a vault-only session that saves a payment method, 3 a payment that also saves the method.
    pub fn mode(mut self, value: super::PaymentSessionMode) -> Self {
        self.mode = Some(value);
        self
    }

    /// Property `skipAddressVerification`: When true, address verification (AVS) is skipped.
    ///
    /// Default: `false`.
    pub fn skip_address_verification(mut self, value: bool) -> Self {
        self.skip_address_verification = Some(value);
        self
    }

    /// Property `referenceId`: Reference of the integrator (ISV) for the session.
    pub fn reference_id(mut self, value: impl Into<String>) -> Self {
        self.reference_id = Some(value.into());
        self
    }

    /// Property `tipAmount`: Tip as a fixed amount in USD.
    pub fn tip_amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.tip_amount = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `tipAmount` as `null`.
    pub fn clear_tip_amount(mut self) -> Self {
        self.tip_amount = paygen_runtime::Nullable::Null;
        self
    }
}
