/// The caller's smart cards.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct SmartCardListResponse {
    /// A list of objects with the properties `active`, `associatedCoinSerial`, `availableAmount`, `cardNumber`, `createdAt`, `currencyCode`, `cvv`, `expirationDate` and 5 more.
    pub records: Vec<super::SmartCard>,
}
