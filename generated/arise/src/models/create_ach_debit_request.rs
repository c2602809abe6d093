/// The `CreateAchDebitRequest` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateAchDebitRequest {
    /// Payment amount.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub amount: paygen_runtime::Decimal,
    /// ACHQ (ACH check) payment processor identifier.
    #[serde(rename = "paymentProcessorId")]
    pub payment_processor_id: paygen_runtime::Uuid,
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.Ach.AchSECCode).
    #[serde(rename = "secCode")]
    pub sec_code: super::AchSecCode,
    /// IP address of the end user.
    #[serde(rename = "requesterIPaddress")]
    pub requester_i_paddress: String,
    /// Customer payment method identifier.
    #[serde(
        rename = "paymentMethodId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_method_id: Option<paygen_runtime::Uuid>,
    /// Customer identifier.
    #[serde(
        rename = "customerId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_id: Option<paygen_runtime::Uuid>,
    /// Payment target's bank routing number.
    #[serde(
        rename = "routingNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub routing_number: Option<String>,
    /// Payment target's bank account number.
    ///
    /// **Inferred:** documented as "any or null"; the examples and description show a string value
    #[serde(
        rename = "accountNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_number: Option<String>,
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
    /// The `contactInfo` field.
    #[serde(
        rename = "contactInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub contact_info: Option<super::CreateAchDebitRequestContactInfo>,
    /// The `billingAddress` field.
    #[serde(
        rename = "billingAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_address: Option<super::CreateAchDebitRequestBillingAddress>,
    /// The `shippingAddress` field.
    #[serde(
        rename = "shippingAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub shipping_address: Option<super::AddressDto>,
    /// ACH (automated clearing house) transaction has same day processing enabled.
    #[serde(
        rename = "isFasterProcessing",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_faster_processing: Option<bool>,
    /// Customer's tax identifier (TIN).
    #[serde(rename = "taxId", default, skip_serializing_if = "Option::is_none")]
    pub tax_id: Option<String>,
}
