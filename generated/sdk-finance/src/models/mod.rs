#[cfg(any(feature = "authorization", feature = "registration"))]
mod authorization_action;
#[cfg(any(feature = "authorization", feature = "registration"))]
pub use authorization_action::AuthorizationAction;
#[cfg(feature = "authorization")]
mod authorization_confirm_request;
#[cfg(feature = "authorization")]
pub use authorization_confirm_request::AuthorizationConfirmRequest;
#[cfg(any(feature = "authorization", feature = "registration"))]
mod authorization_response;
#[cfg(any(feature = "authorization", feature = "registration"))]
pub use authorization_response::AuthorizationResponse;
#[cfg(any(feature = "authorization", feature = "registration"))]
mod authorization_token;
#[cfg(any(feature = "authorization", feature = "registration"))]
pub use authorization_token::AuthorizationToken;
#[cfg(any(feature = "authorization", feature = "registration"))]
mod authorized_member;
#[cfg(any(feature = "authorization", feature = "registration"))]
pub use authorized_member::AuthorizedMember;
#[cfg(feature = "bank-catalog")]
mod bank_catalog_create_request;
#[cfg(feature = "bank-catalog")]
pub use bank_catalog_create_request::BankCatalogCreateRequest;
#[cfg(feature = "bank-catalog")]
mod bank_catalog_create_response;
#[cfg(feature = "bank-catalog")]
pub use bank_catalog_create_response::BankCatalogCreateResponse;
#[cfg(feature = "bank-catalog")]
mod bank_catalog_entry;
#[cfg(feature = "bank-catalog")]
pub use bank_catalog_entry::BankCatalogEntry;
#[cfg(feature = "bank-catalog")]
mod bank_catalog_list_response;
#[cfg(feature = "bank-catalog")]
pub use bank_catalog_list_response::BankCatalogListResponse;
#[cfg(any(feature = "bank-top-ups", feature = "bank-withdrawals"))]
mod bank_info;
#[cfg(any(feature = "bank-top-ups", feature = "bank-withdrawals"))]
pub use bank_info::BankInfo;
#[cfg(any(feature = "bank-top-ups", feature = "bank-withdrawals"))]
mod bank_operation_process;
#[cfg(any(feature = "bank-top-ups", feature = "bank-withdrawals"))]
pub use bank_operation_process::BankOperationProcess;
#[cfg(any(feature = "bank-top-ups", feature = "bank-withdrawals"))]
mod bank_operation_request;
#[cfg(any(feature = "bank-top-ups", feature = "bank-withdrawals"))]
pub use bank_operation_request::BankOperationRequest;
#[cfg(any(feature = "bank-top-ups", feature = "bank-withdrawals"))]
mod bank_operation_response;
#[cfg(any(feature = "bank-top-ups", feature = "bank-withdrawals"))]
pub use bank_operation_response::BankOperationResponse;
#[cfg(feature = "bank-top-ups")]
mod bank_top_up_request_create_request;
#[cfg(feature = "bank-top-ups")]
pub use bank_top_up_request_create_request::BankTopUpRequestCreateRequest;
#[cfg(any(feature = "bank-top-ups", feature = "bank-withdrawals"))]
mod client_coin;
#[cfg(any(feature = "bank-top-ups", feature = "bank-withdrawals"))]
pub use client_coin::ClientCoin;
#[cfg(any(feature = "coins", feature = "transfer-templates"))]
mod coin;
#[cfg(any(feature = "coins", feature = "transfer-templates"))]
pub use coin::Coin;
#[cfg(feature = "coins")]
mod coin_list_response;
#[cfg(feature = "coins")]
pub use coin_list_response::CoinListResponse;
#[cfg(feature = "coins")]
mod coin_owner;
#[cfg(feature = "coins")]
pub use coin_owner::CoinOwner;
#[cfg(feature = "coins")]
mod coin_validate_request;
#[cfg(feature = "coins")]
pub use coin_validate_request::CoinValidateRequest;
#[cfg(feature = "coins")]
mod coin_validate_response;
#[cfg(feature = "coins")]
pub use coin_validate_response::CoinValidateResponse;
#[cfg(any(feature = "bank-top-ups", feature = "bank-withdrawals"))]
mod commission_calculate_request;
#[cfg(any(feature = "bank-top-ups", feature = "bank-withdrawals"))]
pub use commission_calculate_request::CommissionCalculateRequest;
#[cfg(any(feature = "bank-top-ups", feature = "bank-withdrawals"))]
mod commission_response;
#[cfg(any(feature = "bank-top-ups", feature = "bank-withdrawals"))]
pub use commission_response::CommissionResponse;
#[cfg(any(
    feature = "authorization",
    feature = "coins",
    feature = "organizations",
    feature = "registration",
    feature = "users"
))]
mod contract_info;
#[cfg(any(
    feature = "authorization",
    feature = "coins",
    feature = "organizations",
    feature = "registration",
    feature = "users"
))]
pub use contract_info::ContractInfo;
#[cfg(any(feature = "coins", feature = "currencies"))]
mod currency;
#[cfg(any(feature = "coins", feature = "currencies"))]
pub use currency::Currency;
#[cfg(feature = "currencies")]
mod currency_create_request;
#[cfg(feature = "currencies")]
pub use currency_create_request::CurrencyCreateRequest;
#[cfg(any(
    feature = "bank-top-ups",
    feature = "bank-withdrawals",
    feature = "coins",
    feature = "transfer-templates"
))]
mod currency_short;
#[cfg(any(
    feature = "bank-top-ups",
    feature = "bank-withdrawals",
    feature = "coins",
    feature = "transfer-templates"
))]
pub use currency_short::CurrencyShort;
mod error_detail;
pub use error_detail::ErrorDetail;
mod error_parameter;
pub use error_parameter::ErrorParameter;
mod error_response;
pub use error_response::ErrorResponse;
#[cfg(feature = "currencies")]
mod issuer;
#[cfg(feature = "currencies")]
pub use issuer::Issuer;
#[cfg(feature = "currencies")]
mod issuer_create_request;
#[cfg(feature = "currencies")]
pub use issuer_create_request::IssuerCreateRequest;
#[cfg(any(
    feature = "bank-top-ups",
    feature = "bank-withdrawals",
    feature = "coins",
    feature = "transfer-templates"
))]
mod issuer_short;
#[cfg(any(
    feature = "bank-top-ups",
    feature = "bank-withdrawals",
    feature = "coins",
    feature = "transfer-templates"
))]
pub use issuer_short::IssuerShort;
#[cfg(any(feature = "registration", feature = "users"))]
mod legal_type;
#[cfg(any(feature = "registration", feature = "users"))]
pub use legal_type::LegalType;
#[cfg(feature = "authorization")]
mod login_request;
#[cfg(feature = "authorization")]
pub use login_request::LoginRequest;
#[cfg(any(
    feature = "authorization",
    feature = "organizations",
    feature = "registration",
    feature = "users"
))]
mod organization;
#[cfg(any(
    feature = "authorization",
    feature = "organizations",
    feature = "registration",
    feature = "users"
))]
pub use organization::Organization;
#[cfg(feature = "organizations")]
mod organization_filter;
#[cfg(feature = "organizations")]
pub use organization_filter::OrganizationFilter;
#[cfg(feature = "organizations")]
mod organization_sort;
#[cfg(feature = "organizations")]
pub use organization_sort::OrganizationSort;
#[cfg(any(
    feature = "authorization",
    feature = "organizations",
    feature = "registration",
    feature = "users"
))]
mod organization_type;
#[cfg(any(
    feature = "authorization",
    feature = "organizations",
    feature = "registration",
    feature = "users"
))]
pub use organization_type::OrganizationType;
#[cfg(feature = "organizations")]
mod organization_view_request;
#[cfg(feature = "organizations")]
pub use organization_view_request::OrganizationViewRequest;
#[cfg(feature = "organizations")]
mod organization_view_response;
#[cfg(feature = "organizations")]
pub use organization_view_response::OrganizationViewResponse;
#[cfg(feature = "transfer-templates")]
mod payment_tool_details;
#[cfg(feature = "transfer-templates")]
pub use payment_tool_details::PaymentToolDetails;
#[cfg(feature = "transfer-templates")]
mod payment_tool_type;
#[cfg(feature = "transfer-templates")]
pub use payment_tool_type::PaymentToolType;
#[cfg(feature = "transfer-templates")]
mod recipient_coin;
#[cfg(feature = "transfer-templates")]
pub use recipient_coin::RecipientCoin;
#[cfg(feature = "registration")]
mod registration_confirm_request;
#[cfg(feature = "registration")]
pub use registration_confirm_request::RegistrationConfirmRequest;
#[cfg(feature = "registration")]
mod registration_request;
#[cfg(feature = "registration")]
pub use registration_request::RegistrationRequest;
#[cfg(feature = "registration")]
mod registration_request_role;
#[cfg(feature = "registration")]
pub use registration_request_role::RegistrationRequestRole;
#[cfg(feature = "registration")]
mod registration_response;
#[cfg(feature = "registration")]
pub use registration_response::RegistrationResponse;
#[cfg(any(feature = "authorization", feature = "registration", feature = "users"))]
mod role;
#[cfg(any(feature = "authorization", feature = "registration", feature = "users"))]
pub use role::Role;
#[cfg(feature = "smart-cards")]
mod smart_card;
#[cfg(feature = "smart-cards")]
pub use smart_card::SmartCard;
#[cfg(feature = "smart-cards")]
mod smart_card_expiration_status;
#[cfg(feature = "smart-cards")]
pub use smart_card_expiration_status::SmartCardExpirationStatus;
#[cfg(feature = "smart-cards")]
mod smart_card_list_response;
#[cfg(feature = "smart-cards")]
pub use smart_card_list_response::SmartCardListResponse;
#[cfg(any(
    feature = "organizations",
    feature = "transfer-templates",
    feature = "users"
))]
mod sort_direction;
#[cfg(any(
    feature = "organizations",
    feature = "transfer-templates",
    feature = "users"
))]
pub use sort_direction::SortDirection;
#[cfg(any(feature = "bank-top-ups", feature = "bank-withdrawals"))]
mod transaction;
#[cfg(any(feature = "bank-top-ups", feature = "bank-withdrawals"))]
pub use transaction::Transaction;
#[cfg(feature = "transfer-templates")]
mod transfer_amount_request;
#[cfg(feature = "transfer-templates")]
pub use transfer_amount_request::TransferAmountRequest;
#[cfg(feature = "transfer-templates")]
mod transfer_commission_response;
#[cfg(feature = "transfer-templates")]
pub use transfer_commission_response::TransferCommissionResponse;
#[cfg(feature = "transfer-templates")]
mod transfer_template;
#[cfg(feature = "transfer-templates")]
pub use transfer_template::TransferTemplate;
#[cfg(feature = "transfer-templates")]
mod transfer_template_execute_response;
#[cfg(feature = "transfer-templates")]
pub use transfer_template_execute_response::TransferTemplateExecuteResponse;
#[cfg(feature = "transfer-templates")]
mod transfer_template_filter;
#[cfg(feature = "transfer-templates")]
pub use transfer_template_filter::TransferTemplateFilter;
#[cfg(feature = "transfer-templates")]
mod transfer_template_from_operation_request;
#[cfg(feature = "transfer-templates")]
pub use transfer_template_from_operation_request::TransferTemplateFromOperationRequest;
#[cfg(feature = "transfer-templates")]
mod transfer_template_response;
#[cfg(feature = "transfer-templates")]
pub use transfer_template_response::TransferTemplateResponse;
#[cfg(feature = "transfer-templates")]
mod transfer_template_sort;
#[cfg(feature = "transfer-templates")]
pub use transfer_template_sort::TransferTemplateSort;
#[cfg(feature = "transfer-templates")]
mod transfer_template_type;
#[cfg(feature = "transfer-templates")]
pub use transfer_template_type::TransferTemplateType;
#[cfg(feature = "transfer-templates")]
mod transfer_template_view_request;
#[cfg(feature = "transfer-templates")]
pub use transfer_template_view_request::TransferTemplateViewRequest;
#[cfg(feature = "transfer-templates")]
mod transfer_template_view_response;
#[cfg(feature = "transfer-templates")]
pub use transfer_template_view_response::TransferTemplateViewResponse;
#[cfg(feature = "users")]
mod user;
#[cfg(feature = "users")]
pub use user::User;
#[cfg(feature = "users")]
mod user_contact;
#[cfg(feature = "users")]
pub use user_contact::UserContact;
#[cfg(feature = "users")]
mod user_create_request;
#[cfg(feature = "users")]
pub use user_create_request::UserCreateRequest;
#[cfg(feature = "users")]
mod user_create_response;
#[cfg(feature = "users")]
pub use user_create_response::UserCreateResponse;
#[cfg(feature = "users")]
mod user_filter;
#[cfg(feature = "users")]
pub use user_filter::UserFilter;
#[cfg(feature = "users")]
mod user_member;
#[cfg(feature = "users")]
pub use user_member::UserMember;
#[cfg(any(feature = "authorization", feature = "registration"))]
mod user_short;
#[cfg(any(feature = "authorization", feature = "registration"))]
pub use user_short::UserShort;
#[cfg(feature = "users")]
mod user_sort;
#[cfg(feature = "users")]
pub use user_sort::UserSort;
#[cfg(feature = "users")]
mod user_view_request;
#[cfg(feature = "users")]
pub use user_view_request::UserViewRequest;
#[cfg(feature = "users")]
mod user_view_response;
#[cfg(feature = "users")]
pub use user_view_response::UserViewResponse;
