/// Code of a brand category.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum CategoryCode {
    /// `APPAREL`
    Apparel,
    /// `AUTOMOTIVE`
    Automotive,
    /// `BABY_AND_KIDS`
    BabyAndKids,
    /// `BEAUTY`
    Beauty,
    /// `DINING_AND_DELIVERY`
    DiningAndDelivery,
    /// `ENTERTAINMENT`
    Entertainment,
    /// `GROCERY`
    Grocery,
    /// `HOME`
    Home,
    /// `PETS`
    Pets,
    /// `SHOES`
    Shoes,
    /// `SPORTS_AND_OUTDOORS`
    SportsAndOutdoors,
    /// `TRAVEL`
    Travel,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl CategoryCode {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Apparel => "APPAREL",
            Self::Automotive => "AUTOMOTIVE",
            Self::BabyAndKids => "BABY_AND_KIDS",
            Self::Beauty => "BEAUTY",
            Self::DiningAndDelivery => "DINING_AND_DELIVERY",
            Self::Entertainment => "ENTERTAINMENT",
            Self::Grocery => "GROCERY",
            Self::Home => "HOME",
            Self::Pets => "PETS",
            Self::Shoes => "SHOES",
            Self::SportsAndOutdoors => "SPORTS_AND_OUTDOORS",
            Self::Travel => "TRAVEL",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for CategoryCode {
    fn from(value: String) -> Self {
        match value.as_str() {
            "APPAREL" => Self::Apparel,
            "AUTOMOTIVE" => Self::Automotive,
            "BABY_AND_KIDS" => Self::BabyAndKids,
            "BEAUTY" => Self::Beauty,
            "DINING_AND_DELIVERY" => Self::DiningAndDelivery,
            "ENTERTAINMENT" => Self::Entertainment,
            "GROCERY" => Self::Grocery,
            "HOME" => Self::Home,
            "PETS" => Self::Pets,
            "SHOES" => Self::Shoes,
            "SPORTS_AND_OUTDOORS" => Self::SportsAndOutdoors,
            "TRAVEL" => Self::Travel,
            _ => Self::Unknown(value),
        }
    }
}

impl From<CategoryCode> for String {
    fn from(value: CategoryCode) -> Self {
        match value {
            CategoryCode::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for CategoryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for CategoryCode {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
