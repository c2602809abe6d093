/// An object with the properties `customerName`, `companyName`, `panMask`, `cardTokenType`, `emailAddress` and `phoneNumber`.
#[derive(Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CustomerDto {
    /// Customer's full name.
    #[serde(
        rename = "customerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_name: Option<String>,
    /// Company of the customer.
    #[serde(
        rename = "companyName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub company_name: Option<String>,
    /// Masked PAN (primary Account number).
    #[serde(rename = "panMask", default, skip_serializing_if = "Option::is_none")]
    pub pan_mask: Option<String>,
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.TokenType).
    #[serde(
        rename = "cardTokenType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub card_token_type: Option<super::TokenType>,
    /// Customer's email contact.
    #[serde(
        rename = "emailAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub email_address: Option<String>,
    /// Customer's telephone number. E.164 phone number.
    ///
    /// Pattern: `^(null|\+\d{1,20})$`.
    #[serde(
        rename = "phoneNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub phone_number: Option<String>,
}

impl std::fmt::Debug for CustomerDto {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CustomerDto")
            .field("customer_name", &self.customer_name)
            .field("company_name", &self.company_name)
            .field(
                "pan_mask",
                &paygen_runtime::redact::Redacted::last4(&self.pan_mask),
            )
            .field("card_token_type", &self.card_token_type)
            .field("email_address", &self.email_address)
            .field("phone_number", &self.phone_number)
            .finish()
    }
}
