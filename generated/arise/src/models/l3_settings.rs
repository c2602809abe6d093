/// An object with the properties `product`, `shippingCharge` and `dutyChargeRate`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct L3Settings {
    /// An object with the properties `name`, `code`, `unitPrice`, `measurementUnit`, `quantity`, `discountPercentage` and `description`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product: Option<super::Product>,
    /// Shipping or freight charge, as a percentage.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "shippingCharge",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub shipping_charge: paygen_runtime::Nullable<paygen_runtime::Decimal>,
    /// Import or export duty, as a percentage.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "dutyChargeRate",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent",
        with = "paygen_runtime::nullable::decimal_number"
    )]
    pub duty_charge_rate: paygen_runtime::Nullable<paygen_runtime::Decimal>,
}

impl L3Settings {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            product: None,
            shipping_charge: paygen_runtime::Nullable::Absent,
            duty_charge_rate: paygen_runtime::Nullable::Absent,
        }
    }

    /// Property `product`: An object with the properties `name`, `code`, `unitPrice`, `measurementUnit`, `quantity`, `discountPercentage` and `description`.
    pub fn product(mut self, value: super::Product) -> Self {
        self.product = Some(value);
        self
    }

    /// Property `shippingCharge`: Shipping or freight charge, as a percentage.
    pub fn shipping_charge(mut self, value: paygen_runtime::Decimal) -> Self {
        self.shipping_charge = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `shippingCharge` as `null`.
    pub fn clear_shipping_charge(mut self) -> Self {
        self.shipping_charge = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `dutyChargeRate`: Import or export duty, as a percentage.
    pub fn duty_charge_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.duty_charge_rate = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `dutyChargeRate` as `null`.
    pub fn clear_duty_charge_rate(mut self) -> Self {
        self.duty_charge_rate = paygen_runtime::Nullable::Null;
        self
    }
}
