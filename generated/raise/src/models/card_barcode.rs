/// Barcode data for presenting the card at a till.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CardBarcode {
    /// Symbology of a card barcode.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<super::BarcodeType>,
    /// Content to encode in the barcode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
