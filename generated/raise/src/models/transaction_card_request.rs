/// One line of a gift card order.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TransactionCardRequest {
    /// Identifier (UUID v4) of the brand to buy, from the brands catalogue.
    pub brand_id: String,
    /// Face value of each card in the brand's currency. Integer amount in the minor unit of the currency (see Supported Currencies in the API guide).
    pub value: i64,
    /// Number of cards to buy.
    pub quantity: i32,
}

impl TransactionCardRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(brand_id: impl Into<String>, value: i64, quantity: i32) -> Self {
        Self {
            brand_id: brand_id.into(),
            value,
            quantity,
        }
    }
}
