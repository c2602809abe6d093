/// Symbology of a card barcode.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum BarcodeType {
    /// `CODE128`
    Code128,
    /// `DATA_MATRIX`
    DataMatrix,
    /// `QR_CODE`
    QrCode,
    /// `PDF417`
    Pdf417,
    /// `PDF417_COMPACT`
    Pdf417Compact,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl BarcodeType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Code128 => "CODE128",
            Self::DataMatrix => "DATA_MATRIX",
            Self::QrCode => "QR_CODE",
            Self::Pdf417 => "PDF417",
            Self::Pdf417Compact => "PDF417_COMPACT",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for BarcodeType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "CODE128" => Self::Code128,
            "DATA_MATRIX" => Self::DataMatrix,
            "QR_CODE" => Self::QrCode,
            "PDF417" => Self::Pdf417,
            "PDF417_COMPACT" => Self::Pdf417Compact,
            _ => Self::Unknown(value),
        }
    }
}

impl From<BarcodeType> for String {
    fn from(value: BarcodeType) -> Self {
        match value {
            BarcodeType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for BarcodeType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for BarcodeType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
