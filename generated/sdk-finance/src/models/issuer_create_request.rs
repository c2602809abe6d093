/// An issuer to create for an existing currency.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct IssuerCreateRequest {
    /// `true` or `false`.
    pub active: bool,
    /// Code of an existing currency.
    #[serde(rename = "currencyCode")]
    pub currency_code: String,
    /// Text.
    pub description: String,
    /// Text.
    pub name: String,
    /// A 32-bit integer.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "orderNumber",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub order_number: paygen_runtime::Nullable<i32>,
    /// A 32-bit integer.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "orderQuote",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub order_quote: paygen_runtime::Nullable<i32>,
    /// Serial-number prefix for the issuer's wallets.
    #[serde(rename = "snPrefix")]
    pub sn_prefix: String,
}

impl IssuerCreateRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(
        active: bool,
        currency_code: impl Into<String>,
        description: impl Into<String>,
        name: impl Into<String>,
        sn_prefix: impl Into<String>,
    ) -> Self {
        Self {
            active,
            currency_code: currency_code.into(),
            description: description.into(),
            name: name.into(),
            order_number: paygen_runtime::Nullable::Absent,
            order_quote: paygen_runtime::Nullable::Absent,
            sn_prefix: sn_prefix.into(),
        }
    }

    /// Property `orderNumber`: A 32-bit integer.
    pub fn order_number(mut self, value: i32) -> Self {
        self.order_number = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `orderNumber` as `null`.
    pub fn clear_order_number(mut self) -> Self {
        self.order_number = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `orderQuote`: A 32-bit integer.
    pub fn order_quote(mut self, value: i32) -> Self {
        self.order_quote = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `orderQuote` as `null`.
    pub fn clear_order_quote(mut self) -> Self {
        self.order_quote = paygen_runtime::Nullable::Null;
        self
    }
}
