/// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.CardholderAuthenticationMethod).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum CardholderAuthenticationMethod {
    /// `0`
    NotAuthenticated,
    /// `1`
    Pin,
    /// `2`
    ElectronicSignatureAnalysis,
    /// `3`
    ManualSignature,
    /// `4`
    ManualOther,
    /// `5`
    UnknownValue,
    /// `6`
    SystematicOther,
    /// `7`
    ETicketEnvAmex,
    /// `8`
    OfflinePin,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl CardholderAuthenticationMethod {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::NotAuthenticated => 0,
            Self::Pin => 1,
            Self::ElectronicSignatureAnalysis => 2,
            Self::ManualSignature => 3,
            Self::ManualOther => 4,
            Self::UnknownValue => 5,
            Self::SystematicOther => 6,
            Self::ETicketEnvAmex => 7,
            Self::OfflinePin => 8,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for CardholderAuthenticationMethod {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::NotAuthenticated,
            1 => Self::Pin,
            2 => Self::ElectronicSignatureAnalysis,
            3 => Self::ManualSignature,
            4 => Self::ManualOther,
            5 => Self::UnknownValue,
            6 => Self::SystematicOther,
            7 => Self::ETicketEnvAmex,
            8 => Self::OfflinePin,
            other => Self::Unknown(other),
        }
    }
}

impl From<CardholderAuthenticationMethod> for i64 {
    fn from(value: CardholderAuthenticationMethod) -> Self {
        value.value()
    }
}

impl std::fmt::Display for CardholderAuthenticationMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for CardholderAuthenticationMethod {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
