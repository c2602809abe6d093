/// Operations tagged `Authorization`.
pub mod authorization;

/// Operations tagged `BankCatalog`.
pub mod bank_catalog;

/// Operations tagged `BankTopUps`.
pub mod bank_top_ups;

/// Operations tagged `BankWithdrawals`.
pub mod bank_withdrawals;

/// Operations tagged `Coins`.
pub mod coins;

/// Operations tagged `Currencies`.
pub mod currencies;

/// Operations tagged `Organizations`.
pub mod organizations;

/// Operations tagged `Registration`.
pub mod registration;

/// Operations tagged `SmartCards`.
pub mod smart_cards;

/// Operations tagged `TransferTemplates`.
pub mod transfer_templates;

/// Operations tagged `Users`.
pub mod users;
