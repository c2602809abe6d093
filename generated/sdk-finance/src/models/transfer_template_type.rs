/// Kind of operation a template repeats.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum TransferTemplateType {
    /// `BANK_TRANSFER`
    BankTransfer,
    /// `CART`
    Cart,
    /// `INVOICE`
    Invoice,
    /// `PURCHASE`
    Purchase,
    /// `TRANSFER`
    Transfer,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl TransferTemplateType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BankTransfer => "BANK_TRANSFER",
            Self::Cart => "CART",
            Self::Invoice => "INVOICE",
            Self::Purchase => "PURCHASE",
            Self::Transfer => "TRANSFER",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for TransferTemplateType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "BANK_TRANSFER" => Self::BankTransfer,
            "CART" => Self::Cart,
            "INVOICE" => Self::Invoice,
            "PURCHASE" => Self::Purchase,
            "TRANSFER" => Self::Transfer,
            _ => Self::Unknown(value),
        }
    }
}

impl From<TransferTemplateType> for String {
    fn from(value: TransferTemplateType) -> Self {
        match value {
            TransferTemplateType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for TransferTemplateType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for TransferTemplateType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
