#[cfg(feature = "auth")]
mod auth_method;
#[cfg(feature = "auth")]
pub use auth_method::AuthMethod;
#[cfg(feature = "auth")]
mod auth_method_attributes;
#[cfg(feature = "auth")]
pub use auth_method_attributes::AuthMethodAttributes;
#[cfg(feature = "auth")]
mod auth_method_document;
#[cfg(feature = "auth")]
pub use auth_method_document::AuthMethodDocument;
#[cfg(feature = "auth")]
mod auth_method_request;
#[cfg(feature = "auth")]
pub use auth_method_request::AuthMethodRequest;
#[cfg(feature = "auth")]
mod auth_method_request_attributes;
#[cfg(feature = "auth")]
pub use auth_method_request_attributes::AuthMethodRequestAttributes;
#[cfg(feature = "auth")]
mod auth_method_request_data;
#[cfg(feature = "auth")]
pub use auth_method_request_data::AuthMethodRequestData;
#[cfg(feature = "auth")]
mod auth_method_type;
#[cfg(feature = "auth")]
pub use auth_method_type::AuthMethodType;
#[cfg(feature = "auth")]
mod auth_token;
#[cfg(feature = "auth")]
pub use auth_token::AuthToken;
#[cfg(feature = "auth")]
mod auth_token_action;
#[cfg(feature = "auth")]
pub use auth_token_action::AuthTokenAction;
#[cfg(feature = "auth")]
mod auth_token_attributes;
#[cfg(feature = "auth")]
pub use auth_token_attributes::AuthTokenAttributes;
#[cfg(feature = "auth")]
mod auth_token_document;
#[cfg(feature = "auth")]
pub use auth_token_document::AuthTokenDocument;
#[cfg(feature = "auth")]
mod auth_token_request;
#[cfg(feature = "auth")]
pub use auth_token_request::AuthTokenRequest;
#[cfg(feature = "auth")]
mod auth_token_request_attributes;
#[cfg(feature = "auth")]
pub use auth_token_request_attributes::AuthTokenRequestAttributes;
#[cfg(feature = "auth")]
mod auth_token_request_data;
#[cfg(feature = "auth")]
pub use auth_token_request_data::AuthTokenRequestData;
#[cfg(feature = "auth")]
mod auth_token_type;
#[cfg(feature = "auth")]
pub use auth_token_type::AuthTokenType;
#[cfg(feature = "auth")]
mod auth_token_type_value;
#[cfg(feature = "auth")]
pub use auth_token_type_value::AuthTokenTypeValue;
#[cfg(feature = "balance")]
mod balance;
#[cfg(feature = "balance")]
pub use balance::Balance;
#[cfg(feature = "balance")]
mod balance_attributes;
#[cfg(feature = "balance")]
pub use balance_attributes::BalanceAttributes;
#[cfg(feature = "balance")]
mod balance_document;
#[cfg(feature = "balance")]
pub use balance_document::BalanceDocument;
#[cfg(any(feature = "cards", feature = "transactions"))]
mod barcode_type;
#[cfg(any(feature = "cards", feature = "transactions"))]
pub use barcode_type::BarcodeType;
#[cfg(any(feature = "brands", feature = "cards"))]
mod brand;
#[cfg(any(feature = "brands", feature = "cards"))]
pub use brand::Brand;
#[cfg(any(feature = "brands", feature = "cards"))]
mod brand_attributes;
#[cfg(any(feature = "brands", feature = "cards"))]
pub use brand_attributes::BrandAttributes;
#[cfg(feature = "brands")]
mod brand_document;
#[cfg(feature = "brands")]
pub use brand_document::BrandDocument;
#[cfg(feature = "brands")]
mod brand_list_document;
#[cfg(feature = "brands")]
pub use brand_list_document::BrandListDocument;
#[cfg(feature = "cards")]
mod card;
#[cfg(feature = "cards")]
pub use card::Card;
#[cfg(feature = "cards")]
mod card_action;
#[cfg(feature = "cards")]
pub use card_action::CardAction;
#[cfg(feature = "cards")]
mod card_attributes;
#[cfg(feature = "cards")]
pub use card_attributes::CardAttributes;
#[cfg(any(feature = "cards", feature = "transactions"))]
mod card_barcode;
#[cfg(any(feature = "cards", feature = "transactions"))]
pub use card_barcode::CardBarcode;
#[cfg(feature = "cards")]
mod card_document;
#[cfg(feature = "cards")]
pub use card_document::CardDocument;
#[cfg(any(feature = "cards", feature = "transactions"))]
mod card_field;
#[cfg(any(feature = "cards", feature = "transactions"))]
pub use card_field::CardField;
#[cfg(feature = "cards")]
mod card_list_document;
#[cfg(feature = "cards")]
pub use card_list_document::CardListDocument;
#[cfg(feature = "cards")]
mod card_relationships;
#[cfg(feature = "cards")]
pub use card_relationships::CardRelationships;
#[cfg(any(feature = "cards", feature = "transactions"))]
mod card_state;
#[cfg(any(feature = "cards", feature = "transactions"))]
pub use card_state::CardState;
#[cfg(feature = "cards")]
mod card_update_attributes;
#[cfg(feature = "cards")]
pub use card_update_attributes::CardUpdateAttributes;
#[cfg(feature = "cards")]
mod card_update_request;
#[cfg(feature = "cards")]
pub use card_update_request::CardUpdateRequest;
#[cfg(feature = "cards")]
mod card_update_request_data;
#[cfg(feature = "cards")]
pub use card_update_request_data::CardUpdateRequestData;
#[cfg(feature = "categories")]
mod category;
#[cfg(feature = "categories")]
pub use category::Category;
#[cfg(feature = "categories")]
mod category_attributes;
#[cfg(feature = "categories")]
pub use category_attributes::CategoryAttributes;
#[cfg(any(feature = "brands", feature = "cards"))]
mod category_code;
#[cfg(any(feature = "brands", feature = "cards"))]
pub use category_code::CategoryCode;
#[cfg(feature = "categories")]
mod category_list_document;
#[cfg(feature = "categories")]
pub use category_list_document::CategoryListDocument;
#[cfg(any(feature = "cards", feature = "transactions"))]
mod commission;
#[cfg(any(feature = "cards", feature = "transactions"))]
pub use commission::Commission;
#[cfg(feature = "countries")]
mod country;
#[cfg(feature = "countries")]
pub use country::Country;
#[cfg(feature = "countries")]
mod country_attributes;
#[cfg(feature = "countries")]
pub use country_attributes::CountryAttributes;
#[cfg(feature = "countries")]
mod country_list_document;
#[cfg(feature = "countries")]
pub use country_list_document::CountryListDocument;
#[cfg(feature = "transactions")]
mod crypto_details;
#[cfg(feature = "transactions")]
pub use crypto_details::CryptoDetails;
#[cfg(feature = "transactions")]
mod customer;
#[cfg(feature = "transactions")]
pub use customer::Customer;
mod error_code;
pub use error_code::ErrorCode;
mod error_document;
pub use error_document::ErrorDocument;
mod error_object;
pub use error_object::ErrorObject;
#[cfg(any(feature = "cards", feature = "transactions"))]
mod escrow_deduction;
#[cfg(any(feature = "cards", feature = "transactions"))]
pub use escrow_deduction::EscrowDeduction;
#[cfg(any(feature = "brands", feature = "cards"))]
mod fixed_load;
#[cfg(any(feature = "brands", feature = "cards"))]
pub use fixed_load::FixedLoad;
#[cfg(feature = "brands")]
mod list_brands_sort_field;
#[cfg(feature = "brands")]
pub use list_brands_sort_field::ListBrandsSortField;
#[cfg(feature = "cards")]
mod list_cards_sort_by;
#[cfg(feature = "cards")]
pub use list_cards_sort_by::ListCardsSortBy;
#[cfg(any(
    feature = "brands",
    feature = "cards",
    feature = "categories",
    feature = "countries",
    feature = "transactions"
))]
mod list_meta;
#[cfg(any(
    feature = "brands",
    feature = "cards",
    feature = "categories",
    feature = "countries",
    feature = "transactions"
))]
pub use list_meta::ListMeta;
#[cfg(feature = "transactions")]
mod list_transactions_sort_by;
#[cfg(feature = "transactions")]
pub use list_transactions_sort_by::ListTransactionsSortBy;
#[cfg(any(
    feature = "auth",
    feature = "cards",
    feature = "tokens",
    feature = "transactions"
))]
mod metadata_field;
#[cfg(any(
    feature = "auth",
    feature = "cards",
    feature = "tokens",
    feature = "transactions"
))]
pub use metadata_field::MetadataField;
#[cfg(any(
    feature = "auth",
    feature = "cards",
    feature = "tokens",
    feature = "transactions"
))]
mod metadata_kind;
#[cfg(any(
    feature = "auth",
    feature = "cards",
    feature = "tokens",
    feature = "transactions"
))]
pub use metadata_kind::MetadataKind;
#[cfg(feature = "transactions")]
mod payment_details;
#[cfg(feature = "transactions")]
pub use payment_details::PaymentDetails;
#[cfg(any(feature = "brands", feature = "cards"))]
mod redemption_config;
#[cfg(any(feature = "brands", feature = "cards"))]
pub use redemption_config::RedemptionConfig;
#[cfg(any(feature = "brands", feature = "cards"))]
mod redemption_kind;
#[cfg(any(feature = "brands", feature = "cards"))]
pub use redemption_kind::RedemptionKind;
#[cfg(any(feature = "brands", feature = "cards"))]
mod redemption_method;
#[cfg(any(feature = "brands", feature = "cards"))]
pub use redemption_method::RedemptionMethod;
#[cfg(feature = "cards")]
mod relationship_to_one;
#[cfg(feature = "cards")]
pub use relationship_to_one::RelationshipToOne;
#[cfg(feature = "cards")]
mod resource_identifier;
#[cfg(feature = "cards")]
pub use resource_identifier::ResourceIdentifier;
#[cfg(any(
    feature = "brands",
    feature = "cards",
    feature = "categories",
    feature = "transactions"
))]
mod sort_order;
#[cfg(any(
    feature = "brands",
    feature = "cards",
    feature = "categories",
    feature = "transactions"
))]
pub use sort_order::SortOrder;
#[cfg(feature = "tokens")]
mod token;
#[cfg(feature = "tokens")]
pub use token::Token;
#[cfg(feature = "tokens")]
mod token_attributes;
#[cfg(feature = "tokens")]
pub use token_attributes::TokenAttributes;
#[cfg(feature = "tokens")]
mod token_create_attributes;
#[cfg(feature = "tokens")]
pub use token_create_attributes::TokenCreateAttributes;
#[cfg(feature = "tokens")]
mod token_create_request;
#[cfg(feature = "tokens")]
pub use token_create_request::TokenCreateRequest;
#[cfg(feature = "tokens")]
mod token_create_request_data;
#[cfg(feature = "tokens")]
pub use token_create_request_data::TokenCreateRequestData;
#[cfg(feature = "tokens")]
mod token_document;
#[cfg(feature = "tokens")]
pub use token_document::TokenDocument;
#[cfg(feature = "tokens")]
mod token_type;
#[cfg(feature = "tokens")]
pub use token_type::TokenType;
#[cfg(feature = "transactions")]
mod transaction;
#[cfg(feature = "transactions")]
pub use transaction::Transaction;
#[cfg(feature = "transactions")]
mod transaction_attributes;
#[cfg(feature = "transactions")]
pub use transaction_attributes::TransactionAttributes;
#[cfg(feature = "transactions")]
mod transaction_card;
#[cfg(feature = "transactions")]
pub use transaction_card::TransactionCard;
#[cfg(feature = "transactions")]
mod transaction_card_request;
#[cfg(feature = "transactions")]
pub use transaction_card_request::TransactionCardRequest;
#[cfg(any(feature = "brands", feature = "cards"))]
mod transaction_config;
#[cfg(any(feature = "brands", feature = "cards"))]
pub use transaction_config::TransactionConfig;
#[cfg(feature = "transactions")]
mod transaction_create_attributes;
#[cfg(feature = "transactions")]
pub use transaction_create_attributes::TransactionCreateAttributes;
#[cfg(feature = "transactions")]
mod transaction_create_request;
#[cfg(feature = "transactions")]
pub use transaction_create_request::TransactionCreateRequest;
#[cfg(feature = "transactions")]
mod transaction_create_request_data;
#[cfg(feature = "transactions")]
pub use transaction_create_request_data::TransactionCreateRequestData;
#[cfg(feature = "transactions")]
mod transaction_document;
#[cfg(feature = "transactions")]
pub use transaction_document::TransactionDocument;
#[cfg(feature = "transactions")]
mod transaction_list_document;
#[cfg(feature = "transactions")]
pub use transaction_list_document::TransactionListDocument;
#[cfg(feature = "transactions")]
mod transaction_state;
#[cfg(feature = "transactions")]
pub use transaction_state::TransactionState;
#[cfg(feature = "transactions")]
mod transaction_update_attributes;
#[cfg(feature = "transactions")]
pub use transaction_update_attributes::TransactionUpdateAttributes;
#[cfg(feature = "transactions")]
mod transaction_update_request;
#[cfg(feature = "transactions")]
pub use transaction_update_request::TransactionUpdateRequest;
#[cfg(feature = "transactions")]
mod transaction_update_request_data;
#[cfg(feature = "transactions")]
pub use transaction_update_request_data::TransactionUpdateRequestData;
#[cfg(any(feature = "brands", feature = "cards"))]
mod variable_load;
#[cfg(any(feature = "brands", feature = "cards"))]
pub use variable_load::VariableLoad;
#[cfg(feature = "auth")]
mod verification_type;
#[cfg(feature = "auth")]
pub use verification_type::VerificationType;
