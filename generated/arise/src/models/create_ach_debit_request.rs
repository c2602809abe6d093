/// An object with the properties `amount`, `paymentProcessorId`, `secCode`, `requesterIPaddress`, `paymentMethodId`, `customerId`, `routingNumber`, `accountNumber` and 7 more. Required: `amount`, `paymentProcessorId`, `secCode` and `requesterIPaddress`.
#[derive(Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct CreateAchDebitRequest {
    /// Payment amount.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub amount: paygen_runtime::Decimal,
    /// Id of the ACH payment processor (ACHQ).
    #[serde(rename = "paymentProcessorId")]
    pub payment_processor_id: paygen_runtime::Uuid,
    /// An object with no named properties.
    ///
    /// Default: `1`.
    #[serde(rename = "secCode")]
    pub sec_code: super::AchSecCode,
    /// IP address of the customer making the request.
    #[serde(rename = "requesterIPaddress")]
    pub requester_i_paddress: String,
    /// Customer payment method identifier.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "paymentMethodId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub payment_method_id: paygen_runtime::Nullable<paygen_runtime::Uuid>,
    /// Customer identifier.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "customerId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub customer_id: paygen_runtime::Nullable<paygen_runtime::Uuid>,
    /// Routing number of the bank account.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "routingNumber",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub routing_number: paygen_runtime::Nullable<String>,
    /// Number of the bank account.
    ///
    /// **Inferred:** documented as "any or null"; the examples and description show a string value
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "accountNumber",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub account_number: paygen_runtime::Nullable<String>,
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.AccountType).
    #[serde(
        rename = "accountType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_type: Option<super::AccountType>,
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.AccountHolderType).
    #[serde(
        rename = "accountHolderType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_holder_type: Option<super::AccountHolderType>,
    /// An object with the properties `companyName`, `firstName`, `lastName`, `email`, `mobilePhoneNumber` and `smsNotification`. Required: `companyName`.
    #[serde(
        rename = "contactInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub contact_info: Option<super::CreateAchDebitRequestContactInfo>,
    /// An object with the properties `city`, `countryId`, `line1`, `line2`, `postalCode`, `stateName` and `stateId`. Required: `city` and `countryId`.
    #[serde(
        rename = "billingAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_address: Option<super::CreateAchDebitRequestBillingAddress>,
    /// An object with the properties `city`, `countryId`, `line1`, `line2`, `postalCode`, `stateName` and `stateId`. Required: `city` and `countryId`.
    #[serde(
        rename = "shippingAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub shipping_address: Option<super::AddressDto>,
    /// Whether same-day ACH processing is requested.
    ///
    /// Default: `false`.
    #[serde(
        rename = "isFasterProcessing",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_faster_processing: Option<bool>,
    /// Customer's tax identifier (TIN).
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "taxId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub tax_id: paygen_runtime::Nullable<String>,
}

impl std::fmt::Debug for CreateAchDebitRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateAchDebitRequest")
            .field("amount", &self.amount)
            .field("payment_processor_id", &self.payment_processor_id)
            .field("sec_code", &self.sec_code)
            .field("requester_i_paddress", &self.requester_i_paddress)
            .field("payment_method_id", &self.payment_method_id)
            .field("customer_id", &self.customer_id)
            .field(
                "routing_number",
                &paygen_runtime::redact::Redacted::full(&self.routing_number),
            )
            .field(
                "account_number",
                &paygen_runtime::redact::Redacted::full(&self.account_number),
            )
            .field("account_type", &self.account_type)
            .field("account_holder_type", &self.account_holder_type)
            .field("contact_info", &self.contact_info)
            .field("billing_address", &self.billing_address)
            .field("shipping_address", &self.shipping_address)
            .field("is_faster_processing", &self.is_faster_processing)
            .field(
                "tax_id",
                &paygen_runtime::redact::Redacted::full(&self.tax_id),
            )
            .finish()
    }
}

impl paygen_runtime::redact::SensitiveValues for CreateAchDebitRequest {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::values_of(&self.routing_number, out);
        paygen_runtime::redact::values_of(&self.account_number, out);
        paygen_runtime::redact::values_of(&self.tax_id, out);
    }
}

impl CreateAchDebitRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(
        amount: paygen_runtime::Decimal,
        payment_processor_id: paygen_runtime::Uuid,
        sec_code: super::AchSecCode,
        requester_i_paddress: impl Into<String>,
    ) -> Self {
        Self {
            amount,
            payment_processor_id,
            sec_code,
            requester_i_paddress: requester_i_paddress.into(),
            payment_method_id: paygen_runtime::Nullable::Absent,
            customer_id: paygen_runtime::Nullable::Absent,
            routing_number: paygen_runtime::Nullable::Absent,
            account_number: paygen_runtime::Nullable::Absent,
            account_type: None,
            account_holder_type: None,
            contact_info: None,
            billing_address: None,
            shipping_address: None,
            is_faster_processing: None,
            tax_id: paygen_runtime::Nullable::Absent,
        }
    }

    /// Property `paymentMethodId`: Customer payment method identifier.
    pub fn payment_method_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.payment_method_id = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `paymentMethodId` as `null`.
    pub fn clear_payment_method_id(mut self) -> Self {
        self.payment_method_id = paygen_runtime::Nullable::Null;
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

    /// Property `routingNumber`: Routing number of the bank account.
    pub fn routing_number(mut self, value: impl Into<String>) -> Self {
        self.routing_number = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `routingNumber` as `null`.
    pub fn clear_routing_number(mut self) -> Self {
        self.routing_number = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `accountNumber`: Number of the bank account.
    ///
    /// **Inferred:** documented as "any or null"; the examples and description show a string value
    pub fn account_number(mut self, value: impl Into<String>) -> Self {
        self.account_number = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `accountNumber` as `null`.
    pub fn clear_account_number(mut self) -> Self {
        self.account_number = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `accountType`: Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.AccountType).
    pub fn account_type(mut self, value: super::AccountType) -> Self {
        self.account_type = Some(value);
        self
    }

    /// Property `accountHolderType`: Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.AccountHolderType).
    pub fn account_holder_type(mut self, value: super::AccountHolderType) -> Self {
        self.account_holder_type = Some(value);
        self
    }

    /// Property `contactInfo`: An object with the properties `companyName`, `firstName`, `lastName`, `email`, `mobilePhoneNumber` and `smsNotification`. Required: `companyName`.
    pub fn contact_info(mut self, value: super::CreateAchDebitRequestContactInfo) -> Self {
        self.contact_info = Some(value);
        self
    }

    /// Property `billingAddress`: An object with the properties `city`, `countryId`, `line1`, `line2`, `postalCode`, `stateName` and `stateId`. Required: `city` and `countryId`.
    pub fn billing_address(mut self, value: super::CreateAchDebitRequestBillingAddress) -> Self {
        self.billing_address = Some(value);
        self
    }

    /// Property `shippingAddress`: An object with the properties `city`, `countryId`, `line1`, `line2`, `postalCode`, `stateName` and `stateId`. Required: `city` and `countryId`.
    pub fn shipping_address(mut self, value: super::AddressDto) -> Self {
        self.shipping_address = Some(value);
        self
    }

    /// Property `isFasterProcessing`: Whether same-day ACH processing is requested.
    ///
    /// Default: `false`.
    pub fn is_faster_processing(mut self, value: bool) -> Self {
        self.is_faster_processing = Some(value);
        self
    }

    /// Property `taxId`: Customer's tax identifier (TIN).
    pub fn tax_id(mut self, value: impl Into<String>) -> Self {
        self.tax_id = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `taxId` as `null`.
    pub fn clear_tax_id(mut self) -> Self {
        self.tax_id = paygen_runtime::Nullable::Null;
        self
    }
}
