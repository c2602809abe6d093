//! Minor units (cents) ↔ [`Decimal`] by currency exponent.
//!
//! The ISO 4217 table below covers common currencies. Vendors sometimes disagree with ISO
//! (one sends COP with 0 digits where ISO says 2), so every conversion also exists with an
//! explicit exponent: take the vendor's table when it has one.

use rust_decimal::Decimal;

/// Why an amount could not be converted to minor units.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MoneyError {
    /// The currency is not in the ISO table; use the `*_with_exponent` functions.
    #[error("unknown currency {0:?}: pass its exponent explicitly")]
    UnknownCurrency(String),
    /// The amount has more fractional digits than the currency allows; nothing is rounded silently.
    #[error("{amount} has more than {exponent} fractional digits")]
    TooPrecise {
        /// The amount given.
        amount: Decimal,
        /// The currency exponent.
        exponent: u32,
    },
    /// The amount does not fit in an `i64` of minor units.
    #[error("{0} does not fit in 64-bit minor units")]
    Overflow(Decimal),
}

const ZERO: &[&str] = &[
    "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND",
    "VUV", "XAF", "XOF", "XPF",
];
const THREE: &[&str] = &["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];
const FOUR: &[&str] = &["CLF", "UYW"];
const TWO: &[&str] = &[
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
    "BGN", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF",
    "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR",
    "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF",
    "IDR", "ILS", "INR", "IRR", "JMD", "KES", "KGS", "KHR", "KPW", "KYD", "KZT", "LAK", "LBP",
    "LKR", "LRD", "LSL", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR",
    "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "PAB", "PEN", "PGK",
    "PHP", "PKR", "PLN", "QAR", "RON", "RSD", "RUB", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD",
    "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TOP",
    "TRY", "TTD", "TWD", "TZS", "UAH", "USD", "UYU", "UZS", "VES", "WST", "XCD", "YER", "ZAR",
    "ZMW", "ZWL",
];

/// ISO 4217 minor-unit digits of `currency` (case-insensitive), `None` when not in the table.
pub fn iso_exponent(currency: &str) -> Option<u32> {
    let code = currency.trim().to_ascii_uppercase();
    let c = code.as_str();
    if ZERO.contains(&c) {
        Some(0)
    } else if TWO.contains(&c) {
        Some(2)
    } else if THREE.contains(&c) {
        Some(3)
    } else if FOUR.contains(&c) {
        Some(4)
    } else {
        None
    }
}

/// `minor` units to a decimal amount with `exponent` fractional digits (1234, 2 → 12.34).
pub fn minor_to_decimal_with_exponent(minor: i64, exponent: u32) -> Decimal {
    // Scale up to 28 is what Decimal supports; larger exponents do not exist in practice.
    Decimal::new(minor, exponent.min(28))
}

/// A decimal amount to minor units; errors instead of rounding when there are too many digits.
pub fn decimal_to_minor_with_exponent(amount: Decimal, exponent: u32) -> Result<i64, MoneyError> {
    let factor = Decimal::from_i128_with_scale(10i128.pow(exponent.min(28)), 0);
    let scaled = amount
        .checked_mul(factor)
        .ok_or(MoneyError::Overflow(amount))?;
    if scaled.fract() != Decimal::ZERO {
        return Err(MoneyError::TooPrecise { amount, exponent });
    }
    let trunc = scaled.trunc();
    i64::try_from(trunc).map_err(|_| MoneyError::Overflow(amount))
}

/// `minor` units of an ISO currency to a decimal amount (JPY 500 → 500, USD 1234 → 12.34).
pub fn minor_to_decimal(minor: i64, currency: &str) -> Result<Decimal, MoneyError> {
    let e = iso_exponent(currency).ok_or_else(|| MoneyError::UnknownCurrency(currency.into()))?;
    Ok(minor_to_decimal_with_exponent(minor, e))
}

/// A decimal amount of an ISO currency to minor units (USD 12.34 → 1234, KWD 1.5 → 1500).
pub fn decimal_to_minor(amount: Decimal, currency: &str) -> Result<i64, MoneyError> {
    let e = iso_exponent(currency).ok_or_else(|| MoneyError::UnknownCurrency(currency.into()))?;
    decimal_to_minor_with_exponent(amount, e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn exponents() {
        assert_eq!(iso_exponent("JPY"), Some(0));
        assert_eq!(iso_exponent("usd"), Some(2));
        assert_eq!(iso_exponent("KWD"), Some(3));
        assert_eq!(iso_exponent("CLF"), Some(4));
        assert_eq!(iso_exponent("BTC"), None);
    }

    #[test]
    fn round_trips() {
        assert_eq!(minor_to_decimal(1234, "USD").unwrap(), d("12.34"));
        assert_eq!(minor_to_decimal(500, "JPY").unwrap(), d("500"));
        assert_eq!(minor_to_decimal(1500, "KWD").unwrap(), d("1.5"));
        assert_eq!(decimal_to_minor(d("12.34"), "USD").unwrap(), 1234);
        assert_eq!(decimal_to_minor(d("1.5"), "KWD").unwrap(), 1500);
        assert_eq!(decimal_to_minor(d("500"), "JPY").unwrap(), 500);
        assert_eq!(decimal_to_minor(d("-0.01"), "EUR").unwrap(), -1);
        assert_eq!(decimal_to_minor(d("0.10"), "USD").unwrap(), 10);
    }

    #[test]
    fn refuses_to_round_or_overflow() {
        assert_eq!(
            decimal_to_minor(d("1.005"), "USD"),
            Err(MoneyError::TooPrecise {
                amount: d("1.005"),
                exponent: 2
            })
        );
        assert!(matches!(
            decimal_to_minor(d("0.5"), "JPY"),
            Err(MoneyError::TooPrecise { .. })
        ));
        assert!(matches!(
            decimal_to_minor(d("100000000000000000000"), "USD"),
            Err(MoneyError::Overflow(_))
        ));
        assert!(matches!(
            decimal_to_minor(d("1"), "XYZ"),
            Err(MoneyError::UnknownCurrency(_))
        ));
        assert_eq!(decimal_to_minor_with_exponent(d("1"), 0).unwrap(), 1);
    }
}
