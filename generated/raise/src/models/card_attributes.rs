/// Details of a gift card: codes to redeem it, balance, commission and escrow figures.
#[derive(Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CardAttributes {
    /// Identifier of the card's brand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand_id: Option<String>,
    /// Name of the card's brand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand_name: Option<String>,
    /// Balance of the card when it was issued. Integer amount in the minor unit of the currency (see Supported Currencies in the API guide).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_balance: Option<i64>,
    /// Last known balance of the card. Integer amount in the minor unit of the currency (see Supported Currencies in the API guide).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance: Option<i64>,
    /// ISO 4217 currency code of the card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// An object with no named properties.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<super::CardField>,
    /// An object with no named properties.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csc: Option<super::CardField>,
    /// An object with no named properties.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<super::CardField>,
    /// An object with no named properties.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub barcode: Option<super::CardBarcode>,
    /// Expiry date of the card as `YYYY-MM-DD` when it has one. Left as a plain string because the document's examples send an empty string for cards without expiry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    /// How many automatic balance checks remain for the card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_checks_available: Option<i32>,
    /// Whether the brand supports automatic balance checks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_checks_supported: Option<bool>,
    /// Commission earned by the client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commission: Option<super::Commission>,
    /// Amount taken from the client's fund to pay for a transaction or card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escrow_deduction: Option<super::EscrowDeduction>,
    /// Lifecycle state of a card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<super::CardState>,
    /// Unix time (seconds) at which the card was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// Unix time (seconds) of the card's last update.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<i64>,
    /// Link for an "Add to Apple Wallet" button. May be empty when the brand does not support it; a new link, valid for 90 days, comes with each response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apple_pass_link: Option<String>,
    /// Link for an "Add to Google Wallet" button. May be empty when the brand does not support it; a new link, valid for 90 days, comes with each response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub google_pass_link: Option<String>,
}

impl std::fmt::Debug for CardAttributes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CardAttributes")
            .field("brand_id", &self.brand_id)
            .field("brand_name", &self.brand_name)
            .field("initial_balance", &self.initial_balance)
            .field("balance", &self.balance)
            .field("currency", &self.currency)
            .field("number", &paygen_runtime::redact::Opaque(&self.number))
            .field("csc", &paygen_runtime::redact::Opaque(&self.csc))
            .field("url", &paygen_runtime::redact::Opaque(&self.url))
            .field("barcode", &paygen_runtime::redact::Opaque(&self.barcode))
            .field("expires_at", &self.expires_at)
            .field("balance_checks_available", &self.balance_checks_available)
            .field("balance_checks_supported", &self.balance_checks_supported)
            .field("commission", &self.commission)
            .field("escrow_deduction", &self.escrow_deduction)
            .field("state", &self.state)
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .field("apple_pass_link", &self.apple_pass_link)
            .field("google_pass_link", &self.google_pass_link)
            .finish()
    }
}
