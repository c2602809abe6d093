/// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.TransactionType). 0 is not a documented value, but the vendor's response samples send it, so it is accepted (as Unspecified).
///
/// **Inferred:** 0 and its name Unspecified are not documented; added because the vendor's own response samples contain 0
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum TransactionType {
    /// `0`
    Unspecified,
    /// `1`
    Authorization,
    /// `2`
    Sale,
    /// `3`
    Capture,
    /// `4`
    Void,
    /// `5`
    Refund,
    /// `6`
    CardAuthentication,
    /// `7`
    RefundWoRef,
    /// `8`
    TipAdjustment,
    /// `11`
    AchDebit,
    /// `12`
    AchRefund,
    /// `13`
    AchHold,
    /// `14`
    AchUnHold,
    /// `15`
    AchCancel,
    /// `16`
    AchCredit,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl TransactionType {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Unspecified => 0,
            Self::Authorization => 1,
            Self::Sale => 2,
            Self::Capture => 3,
            Self::Void => 4,
            Self::Refund => 5,
            Self::CardAuthentication => 6,
            Self::RefundWoRef => 7,
            Self::TipAdjustment => 8,
            Self::AchDebit => 11,
            Self::AchRefund => 12,
            Self::AchHold => 13,
            Self::AchUnHold => 14,
            Self::AchCancel => 15,
            Self::AchCredit => 16,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for TransactionType {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::Unspecified,
            1 => Self::Authorization,
            2 => Self::Sale,
            3 => Self::Capture,
            4 => Self::Void,
            5 => Self::Refund,
            6 => Self::CardAuthentication,
            7 => Self::RefundWoRef,
            8 => Self::TipAdjustment,
            11 => Self::AchDebit,
            12 => Self::AchRefund,
            13 => Self::AchHold,
            14 => Self::AchUnHold,
            15 => Self::AchCancel,
            16 => Self::AchCredit,
            other => Self::Unknown(other),
        }
    }
}

impl From<TransactionType> for i64 {
    fn from(value: TransactionType) -> Self {
        value.value()
    }
}

impl std::fmt::Display for TransactionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for TransactionType {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
