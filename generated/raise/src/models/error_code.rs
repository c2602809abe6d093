/// Raise error code.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum ErrorCode {
    /// `ErrCodeInvalidDeviceUUID`
    ErrCodeInvalidDeviceUuid,
    /// `ErrCodeInternal`
    ErrCodeInternal,
    /// `ErrCodeInvalidTransaction`
    ErrCodeInvalidTransaction,
    /// `ErrCodeMissingAuthorization`
    ErrCodeMissingAuthorization,
    /// `ErrCodeUnauthorized`
    ErrCodeUnauthorized,
    /// `ErrCodeUnauthenticated`
    ErrCodeUnauthenticated,
    /// `ErrCodeInvalidSignature`
    ErrCodeInvalidSignature,
    /// `ErrCodeBadRequest`
    ErrCodeBadRequest,
    /// `ErrCodeFailedRisk`
    ErrCodeFailedRisk,
    /// `ErrCodeBrandDisabled`
    ErrCodeBrandDisabled,
    /// `ErrCodeDailyPurchaseLimit`
    ErrCodeDailyPurchaseLimit,
    /// `ErrCodeNotFound`
    ErrCodeNotFound,
    /// `ErrCodeTooManyRequests`
    ErrCodeTooManyRequests,
    /// `ErrCodePaginationLimit`
    ErrCodePaginationLimit,
    /// `ErrCodeAccountDeactivated`
    ErrCodeAccountDeactivated,
    /// `ErrCodeInsufficientFunds`
    ErrCodeInsufficientFunds,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl ErrorCode {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ErrCodeInvalidDeviceUuid => "ErrCodeInvalidDeviceUUID",
            Self::ErrCodeInternal => "ErrCodeInternal",
            Self::ErrCodeInvalidTransaction => "ErrCodeInvalidTransaction",
            Self::ErrCodeMissingAuthorization => "ErrCodeMissingAuthorization",
            Self::ErrCodeUnauthorized => "ErrCodeUnauthorized",
            Self::ErrCodeUnauthenticated => "ErrCodeUnauthenticated",
            Self::ErrCodeInvalidSignature => "ErrCodeInvalidSignature",
            Self::ErrCodeBadRequest => "ErrCodeBadRequest",
            Self::ErrCodeFailedRisk => "ErrCodeFailedRisk",
            Self::ErrCodeBrandDisabled => "ErrCodeBrandDisabled",
            Self::ErrCodeDailyPurchaseLimit => "ErrCodeDailyPurchaseLimit",
            Self::ErrCodeNotFound => "ErrCodeNotFound",
            Self::ErrCodeTooManyRequests => "ErrCodeTooManyRequests",
            Self::ErrCodePaginationLimit => "ErrCodePaginationLimit",
            Self::ErrCodeAccountDeactivated => "ErrCodeAccountDeactivated",
            Self::ErrCodeInsufficientFunds => "ErrCodeInsufficientFunds",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ErrorCode {
    fn from(value: String) -> Self {
        match value.as_str() {
            "ErrCodeInvalidDeviceUUID" => Self::ErrCodeInvalidDeviceUuid,
            "ErrCodeInternal" => Self::ErrCodeInternal,
            "ErrCodeInvalidTransaction" => Self::ErrCodeInvalidTransaction,
            "ErrCodeMissingAuthorization" => Self::ErrCodeMissingAuthorization,
            "ErrCodeUnauthorized" => Self::ErrCodeUnauthorized,
            "ErrCodeUnauthenticated" => Self::ErrCodeUnauthenticated,
            "ErrCodeInvalidSignature" => Self::ErrCodeInvalidSignature,
            "ErrCodeBadRequest" => Self::ErrCodeBadRequest,
            "ErrCodeFailedRisk" => Self::ErrCodeFailedRisk,
            "ErrCodeBrandDisabled" => Self::ErrCodeBrandDisabled,
            "ErrCodeDailyPurchaseLimit" => Self::ErrCodeDailyPurchaseLimit,
            "ErrCodeNotFound" => Self::ErrCodeNotFound,
            "ErrCodeTooManyRequests" => Self::ErrCodeTooManyRequests,
            "ErrCodePaginationLimit" => Self::ErrCodePaginationLimit,
            "ErrCodeAccountDeactivated" => Self::ErrCodeAccountDeactivated,
            "ErrCodeInsufficientFunds" => Self::ErrCodeInsufficientFunds,
            _ => Self::Unknown(value),
        }
    }
}

impl From<ErrorCode> for String {
    fn from(value: ErrorCode) -> Self {
        match value {
            ErrorCode::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for ErrorCode {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
