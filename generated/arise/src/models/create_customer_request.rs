/// An object with the properties `firstName`, `lastName`, `companyName`, `email`, `mobilePhoneNumber`, `isMobileNumberSmsNotificationsEnabled`, `useBillingAsShippingAddress`, `billingAddress` and 3 more. Required: `firstName` and `lastName`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct CreateCustomerRequest {
    /// Customer's first name.
    #[serde(rename = "firstName")]
    pub first_name: String,
    /// Customer's last name.
    #[serde(rename = "lastName")]
    pub last_name: String,
    /// Customer's company name.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "companyName",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub company_name: paygen_runtime::Nullable<String>,
    /// Customer's email.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub email: paygen_runtime::Nullable<String>,
    /// Customer's mobile phone number. E.164 phone number.
    ///
    /// Pattern: `^(null|\+\d{1,20})$`.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "mobilePhoneNumber",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub mobile_phone_number: paygen_runtime::Nullable<String>,
    /// Whether SMS notifications to the mobile number are on.
    #[serde(
        rename = "isMobileNumberSmsNotificationsEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_mobile_number_sms_notifications_enabled: Option<bool>,
    /// When true, the billing address is also used for shipping.
    #[serde(
        rename = "useBillingAsShippingAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub use_billing_as_shipping_address: Option<bool>,
    /// An object with the properties `addressLine1`, `addressLine2`, `city`, `zip`, `stateName`, `stateId` and `countryId`.
    #[serde(
        rename = "billingAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_address: Option<super::CreateCustomerAddressDto>,
    /// An object with the properties `addressLine1`, `addressLine2`, `city`, `zip`, `stateName`, `stateId` and `countryId`.
    #[serde(
        rename = "shippingAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub shipping_address: Option<super::CreateCustomerAddressDto>,
    /// Payment methods
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "paymentMethodsCards",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub payment_methods_cards:
        paygen_runtime::Nullable<Vec<super::CreateCustomerPaymentMethodCardDto>>,
    /// A list of objects with the properties `name`, `accountNumber`, `routingNumber`, `accountType`, `accountHolderType` and `taxId`.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "paymentMethodsAchAccounts",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub payment_methods_ach_accounts:
        paygen_runtime::Nullable<Vec<super::CreateCustomerPaymentMethodAchAccountDto>>,
}

impl paygen_runtime::redact::SensitiveValues for CreateCustomerRequest {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::SensitiveValues::sensitive_values(&self.payment_methods_cards, out);
        paygen_runtime::redact::SensitiveValues::sensitive_values(
            &self.payment_methods_ach_accounts,
            out,
        );
    }
}

impl CreateCustomerRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(first_name: impl Into<String>, last_name: impl Into<String>) -> Self {
        Self {
            first_name: first_name.into(),
            last_name: last_name.into(),
            company_name: paygen_runtime::Nullable::Absent,
            email: paygen_runtime::Nullable::Absent,
            mobile_phone_number: paygen_runtime::Nullable::Absent,
            is_mobile_number_sms_notifications_enabled: None,
            use_billing_as_shipping_address: None,
            billing_address: None,
            shipping_address: None,
            payment_methods_cards: paygen_runtime::Nullable::Absent,
            payment_methods_ach_accounts: paygen_runtime::Nullable::Absent,
        }
    }

    /// Property `companyName`: Customer's company name.
    pub fn company_name(mut self, value: impl Into<String>) -> Self {
        self.company_name = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `companyName` as `null`.
    pub fn clear_company_name(mut self) -> Self {
        self.company_name = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `email`: Customer's email.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `email` as `null`.
    pub fn clear_email(mut self) -> Self {
        self.email = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `mobilePhoneNumber`: Customer's mobile phone number. E.164 phone number.
    ///
    /// Pattern: `^(null|\+\d{1,20})$`.
    pub fn mobile_phone_number(mut self, value: impl Into<String>) -> Self {
        self.mobile_phone_number = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `mobilePhoneNumber` as `null`.
    pub fn clear_mobile_phone_number(mut self) -> Self {
        self.mobile_phone_number = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `isMobileNumberSmsNotificationsEnabled`: Whether SMS notifications to the mobile number are on.
    pub fn is_mobile_number_sms_notifications_enabled(mut self, value: bool) -> Self {
        self.is_mobile_number_sms_notifications_enabled = Some(value);
        self
    }

    /// Property `useBillingAsShippingAddress`: When true, the billing address is also used for shipping.
    pub fn use_billing_as_shipping_address(mut self, value: bool) -> Self {
        self.use_billing_as_shipping_address = Some(value);
        self
    }

    /// Property `billingAddress`: An object with the properties `addressLine1`, `addressLine2`, `city`, `zip`, `stateName`, `stateId` and `countryId`.
    pub fn billing_address(mut self, value: super::CreateCustomerAddressDto) -> Self {
        self.billing_address = Some(value);
        self
    }

    /// Property `shippingAddress`: An object with the properties `addressLine1`, `addressLine2`, `city`, `zip`, `stateName`, `stateId` and `countryId`.
    pub fn shipping_address(mut self, value: super::CreateCustomerAddressDto) -> Self {
        self.shipping_address = Some(value);
        self
    }

    /// Property `paymentMethodsCards`: Payment methods
    pub fn payment_methods_cards(
        mut self,
        value: Vec<super::CreateCustomerPaymentMethodCardDto>,
    ) -> Self {
        self.payment_methods_cards = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `paymentMethodsCards` as `null`.
    pub fn clear_payment_methods_cards(mut self) -> Self {
        self.payment_methods_cards = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `paymentMethodsAchAccounts`: A list of objects with the properties `name`, `accountNumber`, `routingNumber`, `accountType`, `accountHolderType` and `taxId`.
    pub fn payment_methods_ach_accounts(
        mut self,
        value: Vec<super::CreateCustomerPaymentMethodAchAccountDto>,
    ) -> Self {
        self.payment_methods_ach_accounts = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `paymentMethodsAchAccounts` as `null`.
    pub fn clear_payment_methods_ach_accounts(mut self) -> Self {
        self.payment_methods_ach_accounts = paygen_runtime::Nullable::Null;
        self
    }
}
