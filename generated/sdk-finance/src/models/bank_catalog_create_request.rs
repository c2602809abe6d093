/// A bank to add to the catalog. BIC and SWIFT must be unique in the catalog.
///
/// **Inferred:** The request body is not published; fields mirror the bank record returned by listBanks, and the seed confirms bic and swift.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct BankCatalogCreateRequest {
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// BIC code, unique in the catalog.
    pub bic: String,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Text.
    #[serde(
        rename = "countryCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub country_code: Option<String>,
    /// Text.
    pub name: String,
    /// SWIFT code, unique in the catalog.
    pub swift: String,
    /// Text.
    #[serde(rename = "zipCode", default, skip_serializing_if = "Option::is_none")]
    pub zip_code: Option<String>,
}

impl BankCatalogCreateRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(bic: impl Into<String>, name: impl Into<String>, swift: impl Into<String>) -> Self {
        Self {
            address: None,
            bic: bic.into(),
            city: None,
            country: None,
            country_code: None,
            name: name.into(),
            swift: swift.into(),
            zip_code: None,
        }
    }

    /// Property `address`: Text.
    pub fn address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }

    /// Property `city`: Text.
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }

    /// Property `country`: Text.
    pub fn country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(value.into());
        self
    }

    /// Property `countryCode`: Text.
    pub fn country_code(mut self, value: impl Into<String>) -> Self {
        self.country_code = Some(value.into());
        self
    }

    /// Property `zipCode`: Text.
    pub fn zip_code(mut self, value: impl Into<String>) -> Self {
        self.zip_code = Some(value.into());
        self
    }
}
