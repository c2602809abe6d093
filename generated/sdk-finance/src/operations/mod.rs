/// Operations tagged `Authorization`.
#[cfg(feature = "authorization")]
pub mod authorization;

/// Operations tagged `BankCatalog`.
#[cfg(feature = "bank-catalog")]
pub mod bank_catalog;

/// Operations tagged `BankTopUps`.
#[cfg(feature = "bank-top-ups")]
pub mod bank_top_ups;

/// Operations tagged `BankWithdrawals`.
#[cfg(feature = "bank-withdrawals")]
pub mod bank_withdrawals;

/// Operations tagged `Coins`.
#[cfg(feature = "coins")]
pub mod coins;

/// Operations tagged `Currencies`.
#[cfg(feature = "currencies")]
pub mod currencies;

/// Operations tagged `Organizations`.
#[cfg(feature = "organizations")]
pub mod organizations;

/// Operations tagged `Registration`.
#[cfg(feature = "registration")]
pub mod registration;

/// Operations tagged `SmartCards`.
#[cfg(feature = "smart-cards")]
pub mod smart_cards;

/// Operations tagged `TransferTemplates`.
#[cfg(feature = "transfer-templates")]
pub mod transfer_templates;

/// Operations tagged `Users`.
#[cfg(feature = "users")]
pub mod users;
