/// An object with the properties `zeroCostProcessingOptionId`, `zeroCostProcessingOption`, `defaultTipsOptions`, `isTipsEnabled`, `defaultSurchargeRate`, `defaultCashDiscountRate`, `defaultDualPricingRate`, `availableCurrencies` and 11 more.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetPaymentConfigurationsResponse {
    /// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.ZeroCostProcessingOption).
    #[serde(
        rename = "zeroCostProcessingOptionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub zero_cost_processing_option_id: Option<super::ZeroCostProcessingOption>,
    /// Zero cost processing option name.
    #[serde(
        rename = "zeroCostProcessingOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub zero_cost_processing_option: Option<String>,
    /// Tip options preselected by default.
    #[serde(
        rename = "defaultTipsOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_tips_options: Option<Vec<paygen_runtime::Decimal>>,
    /// Tips are enabled.
    #[serde(
        rename = "isTipsEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_tips_enabled: Option<bool>,
    /// Default surcharge rate.
    #[serde(
        rename = "defaultSurchargeRate",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub default_surcharge_rate: Option<paygen_runtime::Decimal>,
    /// Default cash discount rate.
    #[serde(
        rename = "defaultCashDiscountRate",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub default_cash_discount_rate: Option<paygen_runtime::Decimal>,
    /// Default dual pricing rate.
    #[serde(
        rename = "defaultDualPricingRate",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub default_dual_pricing_rate: Option<paygen_runtime::Decimal>,
    /// Available currencies
    #[serde(
        rename = "availableCurrencies",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub available_currencies: Option<Vec<super::EnumDto>>,
    /// Available card types.
    #[serde(
        rename = "availableCardTypes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub available_card_types:
        Option<Vec<super::GetPaymentConfigurationsResponseAvailableCardTypes>>,
    /// Available transactions types.
    #[serde(
        rename = "availableTransactionTypes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub available_transaction_types:
        Option<Vec<super::GetPaymentConfigurationsResponseAvailableTransactionTypes>>,
    /// Available payment processors.
    #[serde(
        rename = "availablePaymentProcessors",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub available_payment_processors: Option<Vec<super::PaymentProcessorDto>>,
    /// An object with the properties `isEnabled`, `profileId` and `profile`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avs: Option<super::AvsOptions>,
    /// Whether terminals store the customer's card once the payment is done.
    #[serde(
        rename = "isCustomerCardSavingByTerminalEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_customer_card_saving_by_terminal_enabled: Option<bool>,
    /// Customer's company name.
    #[serde(
        rename = "companyName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub company_name: Option<String>,
    /// MCC (merchant category code).
    #[serde(rename = "mccCode", default, skip_serializing_if = "Option::is_none")]
    pub mcc_code: Option<String>,
    /// Merchant category code description.
    #[serde(
        rename = "mccCodeDescription",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mcc_code_description: Option<String>,
    /// Currency identifier.
    #[serde(
        rename = "currencyId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub currency_id: Option<i32>,
    /// ISO 4217 three-letter currency code.
    #[serde(
        rename = "currencyIsoCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub currency_iso_code: Option<String>,
    /// Maximum transaction amount limit.
    #[serde(
        rename = "maxTransactionAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub max_transaction_amount: Option<paygen_runtime::Decimal>,
}
