#[cfg(any(
    feature = "ach-transactions",
    feature = "customers",
    feature = "invoices"
))]
mod account_holder_type;
#[cfg(any(
    feature = "ach-transactions",
    feature = "customers",
    feature = "invoices"
))]
pub use account_holder_type::AccountHolderType;
#[cfg(any(
    feature = "ach-transactions",
    feature = "customers",
    feature = "invoices"
))]
mod account_type;
#[cfg(any(
    feature = "ach-transactions",
    feature = "customers",
    feature = "invoices"
))]
pub use account_type::AccountType;
#[cfg(feature = "transactions")]
mod ach_details_dto;
#[cfg(feature = "transactions")]
pub use ach_details_dto::AchDetailsDto;
#[cfg(feature = "ach-transactions")]
mod ach_hold_response;
#[cfg(feature = "ach-transactions")]
pub use ach_hold_response::AchHoldResponse;
#[cfg(any(feature = "ach-transactions", feature = "subscription"))]
mod ach_sec_code;
#[cfg(any(feature = "ach-transactions", feature = "subscription"))]
pub use ach_sec_code::AchSecCode;
#[cfg(feature = "ach-transactions")]
mod ach_transaction_response;
#[cfg(feature = "ach-transactions")]
pub use ach_transaction_response::AchTransactionResponse;
#[cfg(feature = "customers")]
mod add_customer_ach_account_request;
#[cfg(feature = "customers")]
pub use add_customer_ach_account_request::AddCustomerAchAccountRequest;
#[cfg(feature = "customers")]
mod add_customer_ach_account_response;
#[cfg(feature = "customers")]
pub use add_customer_ach_account_response::AddCustomerAchAccountResponse;
#[cfg(feature = "customers")]
mod add_customer_card_request;
#[cfg(feature = "customers")]
pub use add_customer_card_request::AddCustomerCardRequest;
#[cfg(feature = "customers")]
mod add_customer_card_response;
#[cfg(feature = "customers")]
pub use add_customer_card_response::AddCustomerCardResponse;
#[cfg(any(feature = "ach-transactions", feature = "transactions"))]
mod address_dto;
#[cfg(any(feature = "ach-transactions", feature = "transactions"))]
pub use address_dto::AddressDto;
#[cfg(feature = "transactions")]
mod adjust_tip_request;
#[cfg(feature = "transactions")]
pub use adjust_tip_request::AdjustTipRequest;
#[cfg(any(feature = "payment-sessions", feature = "transactions"))]
mod amount_dto;
#[cfg(any(feature = "payment-sessions", feature = "transactions"))]
pub use amount_dto::AmountDto;
#[cfg(feature = "transactions")]
mod authorize_transaction_request;
#[cfg(feature = "transactions")]
pub use authorize_transaction_request::AuthorizeTransactionRequest;
#[cfg(feature = "transactions")]
mod available_operation;
#[cfg(feature = "transactions")]
pub use available_operation::AvailableOperation;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
mod avs_actions;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
pub use avs_actions::AvsActions;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
mod avs_code_group_type;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
pub use avs_code_group_type::AvsCodeGroupType;
#[cfg(feature = "configurations")]
mod avs_options;
#[cfg(feature = "configurations")]
pub use avs_options::AvsOptions;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
mod avs_response_dto;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
pub use avs_response_dto::AvsResponseDto;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
mod avs_response_result;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
pub use avs_response_result::AvsResponseResult;
#[cfg(feature = "transactions")]
mod calculate_amount_response;
#[cfg(feature = "transactions")]
pub use calculate_amount_response::CalculateAmountResponse;
#[cfg(feature = "pos-transactions")]
mod cancel_pos_transaction_response;
#[cfg(feature = "pos-transactions")]
pub use cancel_pos_transaction_response::CancelPosTransactionResponse;
#[cfg(feature = "transactions")]
mod capture_transaction_request;
#[cfg(feature = "transactions")]
pub use capture_transaction_request::CaptureTransactionRequest;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
mod card_data_source;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
pub use card_data_source::CardDataSource;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
mod card_details_dto;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
pub use card_details_dto::CardDetailsDto;
#[cfg(feature = "customers")]
mod card_type;
#[cfg(feature = "customers")]
pub use card_type::CardType;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
mod cardholder_authentication_method;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
pub use cardholder_authentication_method::CardholderAuthenticationMethod;
#[cfg(feature = "configurations")]
mod contact_info;
#[cfg(feature = "configurations")]
pub use contact_info::ContactInfo;
#[cfg(any(feature = "ach-transactions", feature = "transactions"))]
mod contact_info_dto;
#[cfg(any(feature = "ach-transactions", feature = "transactions"))]
pub use contact_info_dto::ContactInfoDto;
#[cfg(feature = "customers")]
mod country_dto;
#[cfg(feature = "customers")]
pub use country_dto::CountryDto;
#[cfg(feature = "ach-transactions")]
mod create_ach_credit_request;
#[cfg(feature = "ach-transactions")]
pub use create_ach_credit_request::CreateAchCreditRequest;
#[cfg(feature = "ach-transactions")]
mod create_ach_debit_request;
#[cfg(feature = "ach-transactions")]
pub use create_ach_debit_request::CreateAchDebitRequest;
#[cfg(feature = "ach-transactions")]
mod create_ach_debit_request_billing_address;
#[cfg(feature = "ach-transactions")]
pub use create_ach_debit_request_billing_address::CreateAchDebitRequestBillingAddress;
#[cfg(feature = "ach-transactions")]
mod create_ach_debit_request_contact_info;
#[cfg(feature = "ach-transactions")]
pub use create_ach_debit_request_contact_info::CreateAchDebitRequestContactInfo;
#[cfg(feature = "categories")]
mod create_category_request;
#[cfg(feature = "categories")]
pub use create_category_request::CreateCategoryRequest;
#[cfg(feature = "categories")]
mod create_category_response;
#[cfg(feature = "categories")]
pub use create_category_response::CreateCategoryResponse;
#[cfg(feature = "customers")]
mod create_customer_address_dto;
#[cfg(feature = "customers")]
pub use create_customer_address_dto::CreateCustomerAddressDto;
#[cfg(feature = "customers")]
mod create_customer_payment_method_ach_account_dto;
#[cfg(feature = "customers")]
pub use create_customer_payment_method_ach_account_dto::CreateCustomerPaymentMethodAchAccountDto;
#[cfg(feature = "customers")]
mod create_customer_payment_method_card_dto;
#[cfg(feature = "customers")]
pub use create_customer_payment_method_card_dto::CreateCustomerPaymentMethodCardDto;
#[cfg(feature = "customers")]
mod create_customer_request;
#[cfg(feature = "customers")]
pub use create_customer_request::CreateCustomerRequest;
#[cfg(feature = "customers")]
mod create_customer_response;
#[cfg(feature = "customers")]
pub use create_customer_response::CreateCustomerResponse;
#[cfg(feature = "devices")]
mod create_device_request;
#[cfg(feature = "devices")]
pub use create_device_request::CreateDeviceRequest;
#[cfg(feature = "devices")]
mod create_device_response;
#[cfg(feature = "devices")]
pub use create_device_response::CreateDeviceResponse;
#[cfg(feature = "invoices")]
mod create_invoice_request;
#[cfg(feature = "invoices")]
pub use create_invoice_request::CreateInvoiceRequest;
#[cfg(feature = "invoices")]
mod create_invoice_response;
#[cfg(feature = "invoices")]
pub use create_invoice_response::CreateInvoiceResponse;
#[cfg(feature = "line-items")]
mod create_line_item_request;
#[cfg(feature = "line-items")]
pub use create_line_item_request::CreateLineItemRequest;
#[cfg(feature = "line-items")]
mod create_line_item_response;
#[cfg(feature = "line-items")]
pub use create_line_item_response::CreateLineItemResponse;
#[cfg(feature = "merchant-api-keys")]
mod create_merchant_api_key_request;
#[cfg(feature = "merchant-api-keys")]
pub use create_merchant_api_key_request::CreateMerchantApiKeyRequest;
#[cfg(feature = "merchant-api-keys")]
mod create_merchant_api_key_response;
#[cfg(feature = "merchant-api-keys")]
pub use create_merchant_api_key_response::CreateMerchantApiKeyResponse;
#[cfg(feature = "quick-payments")]
mod create_one_time_quick_payment_request;
#[cfg(feature = "quick-payments")]
pub use create_one_time_quick_payment_request::CreateOneTimeQuickPaymentRequest;
#[cfg(feature = "quick-payments")]
mod create_one_time_quick_payment_response;
#[cfg(feature = "quick-payments")]
pub use create_one_time_quick_payment_response::CreateOneTimeQuickPaymentResponse;
#[cfg(feature = "payment-sessions")]
mod create_payment_session_request;
#[cfg(feature = "payment-sessions")]
pub use create_payment_session_request::CreatePaymentSessionRequest;
#[cfg(feature = "payment-sessions")]
mod create_payment_session_response;
#[cfg(feature = "payment-sessions")]
pub use create_payment_session_response::CreatePaymentSessionResponse;
#[cfg(feature = "pos-transactions")]
mod create_pos_transaction_request;
#[cfg(feature = "pos-transactions")]
pub use create_pos_transaction_request::CreatePosTransactionRequest;
#[cfg(feature = "pos-transactions")]
mod create_pos_transaction_response;
#[cfg(feature = "pos-transactions")]
pub use create_pos_transaction_response::CreatePosTransactionResponse;
#[cfg(feature = "quick-payments")]
mod create_reusable_quick_payment_request;
#[cfg(feature = "quick-payments")]
pub use create_reusable_quick_payment_request::CreateReusableQuickPaymentRequest;
#[cfg(feature = "quick-payments")]
mod create_reusable_quick_payment_response;
#[cfg(feature = "quick-payments")]
pub use create_reusable_quick_payment_response::CreateReusableQuickPaymentResponse;
#[cfg(feature = "transactions")]
mod create_sale_request;
#[cfg(feature = "transactions")]
pub use create_sale_request::CreateSaleRequest;
#[cfg(feature = "subscription")]
mod create_subscription_request;
#[cfg(feature = "subscription")]
pub use create_subscription_request::CreateSubscriptionRequest;
#[cfg(feature = "subscription")]
mod create_subscription_response;
#[cfg(feature = "subscription")]
pub use create_subscription_response::CreateSubscriptionResponse;
#[cfg(feature = "devices")]
mod create_tap_to_pay_jwt_request;
#[cfg(feature = "devices")]
pub use create_tap_to_pay_jwt_request::CreateTapToPayJwtRequest;
#[cfg(feature = "devices")]
mod create_tap_to_pay_jwt_response;
#[cfg(feature = "devices")]
pub use create_tap_to_pay_jwt_response::CreateTapToPayJwtResponse;
#[cfg(any(feature = "customers", feature = "payment-sessions"))]
mod credit_debit_type;
#[cfg(any(feature = "customers", feature = "payment-sessions"))]
pub use credit_debit_type::CreditDebitType;
#[cfg(feature = "transactions")]
mod currency;
#[cfg(feature = "transactions")]
pub use currency::Currency;
#[cfg(feature = "customers")]
mod customer_address_dto;
#[cfg(feature = "customers")]
pub use customer_address_dto::CustomerAddressDto;
#[cfg(feature = "subscription")]
mod customer_dto;
#[cfg(feature = "subscription")]
pub use customer_dto::CustomerDto;
#[cfg(feature = "customers")]
mod customer_item_dto;
#[cfg(feature = "customers")]
pub use customer_item_dto::CustomerItemDto;
#[cfg(feature = "customers")]
mod customer_payment_method_ach_account_dto;
#[cfg(feature = "customers")]
pub use customer_payment_method_ach_account_dto::CustomerPaymentMethodAchAccountDto;
#[cfg(feature = "customers")]
mod customer_payment_method_card_dto;
#[cfg(feature = "customers")]
pub use customer_payment_method_card_dto::CustomerPaymentMethodCardDto;
#[cfg(feature = "devices")]
mod device_response;
#[cfg(feature = "devices")]
pub use device_response::DeviceResponse;
#[cfg(feature = "devices")]
mod device_response_tap_to_pay_status_id;
#[cfg(feature = "devices")]
pub use device_response_tap_to_pay_status_id::DeviceResponseTapToPayStatusId;
#[cfg(feature = "terminals")]
mod device_software_details_dto;
#[cfg(feature = "terminals")]
pub use device_software_details_dto::DeviceSoftwareDetailsDto;
#[cfg(feature = "devices")]
mod device_user_response;
#[cfg(feature = "devices")]
pub use device_user_response::DeviceUserResponse;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
mod electronic_check_details;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
pub use electronic_check_details::ElectronicCheckDetails;
#[cfg(feature = "transactions")]
mod emv_fallback_condition;
#[cfg(feature = "transactions")]
pub use emv_fallback_condition::EmvFallbackCondition;
#[cfg(feature = "transactions")]
mod emv_fallback_last_chip_read;
#[cfg(feature = "transactions")]
pub use emv_fallback_last_chip_read::EmvFallbackLastChipRead;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
mod emv_tags_dto;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
pub use emv_tags_dto::EmvTagsDto;
#[cfg(feature = "configurations")]
mod enum_dto;
#[cfg(feature = "configurations")]
pub use enum_dto::EnumDto;
mod error_response;
pub use error_response::ErrorResponse;
#[cfg(feature = "transaction-settings")]
mod get_autofill_settings_response;
#[cfg(feature = "transaction-settings")]
pub use get_autofill_settings_response::GetAutofillSettingsResponse;
#[cfg(feature = "categories")]
mod get_categories_response_dto;
#[cfg(feature = "categories")]
pub use get_categories_response_dto::GetCategoriesResponseDto;
#[cfg(feature = "configurations")]
mod get_contact_infos_response;
#[cfg(feature = "configurations")]
pub use get_contact_infos_response::GetContactInfosResponse;
#[cfg(feature = "customers")]
mod get_customer_payment_methods_response;
#[cfg(feature = "customers")]
pub use get_customer_payment_methods_response::GetCustomerPaymentMethodsResponse;
#[cfg(feature = "customers")]
mod get_customer_payment_methods_response_type_id;
#[cfg(feature = "customers")]
pub use get_customer_payment_methods_response_type_id::GetCustomerPaymentMethodsResponseTypeId;
#[cfg(feature = "customers")]
mod get_customer_response;
#[cfg(feature = "customers")]
pub use get_customer_response::GetCustomerResponse;
#[cfg(feature = "devices")]
mod get_device_response;
#[cfg(feature = "devices")]
pub use get_device_response::GetDeviceResponse;
#[cfg(feature = "invoices")]
mod get_invoice_calculations_response;
#[cfg(feature = "invoices")]
pub use get_invoice_calculations_response::GetInvoiceCalculationsResponse;
#[cfg(feature = "invoices")]
mod get_invoice_response;
#[cfg(feature = "invoices")]
pub use get_invoice_response::GetInvoiceResponse;
#[cfg(feature = "invoices-settings")]
mod get_invoice_settings_response;
#[cfg(feature = "invoices-settings")]
pub use get_invoice_settings_response::GetInvoiceSettingsResponse;
#[cfg(feature = "invoices")]
mod get_invoices_response_dto;
#[cfg(feature = "invoices")]
pub use get_invoices_response_dto::GetInvoicesResponseDto;
#[cfg(feature = "settlement-batches")]
mod get_isv_settlement_batches_response;
#[cfg(feature = "settlement-batches")]
pub use get_isv_settlement_batches_response::GetIsvSettlementBatchesResponse;
#[cfg(feature = "subscription")]
mod get_isv_subscription_payment_attempt_response_dto;
#[cfg(feature = "subscription")]
pub use get_isv_subscription_payment_attempt_response_dto::GetIsvSubscriptionPaymentAttemptResponseDto;
#[cfg(feature = "transactions")]
mod get_isv_transactions_response;
#[cfg(feature = "transactions")]
pub use get_isv_transactions_response::GetIsvTransactionsResponse;
#[cfg(feature = "line-items")]
mod get_line_items_response_dto;
#[cfg(feature = "line-items")]
pub use get_line_items_response_dto::GetLineItemsResponseDto;
#[cfg(feature = "quick-payments")]
mod get_one_time_quick_payment_page_response_dto;
#[cfg(feature = "quick-payments")]
pub use get_one_time_quick_payment_page_response_dto::GetOneTimeQuickPaymentPageResponseDto;
#[cfg(feature = "quick-payments")]
mod get_one_time_quick_payment_response;
#[cfg(feature = "quick-payments")]
pub use get_one_time_quick_payment_response::GetOneTimeQuickPaymentResponse;
#[cfg(feature = "configurations")]
mod get_payment_configurations_response;
#[cfg(feature = "configurations")]
pub use get_payment_configurations_response::GetPaymentConfigurationsResponse;
#[cfg(feature = "configurations")]
mod get_payment_configurations_response_available_card_types;
#[cfg(feature = "configurations")]
pub use get_payment_configurations_response_available_card_types::GetPaymentConfigurationsResponseAvailableCardTypes;
#[cfg(feature = "configurations")]
mod get_payment_configurations_response_available_transaction_types;
#[cfg(feature = "configurations")]
pub use get_payment_configurations_response_available_transaction_types::GetPaymentConfigurationsResponseAvailableTransactionTypes;
#[cfg(feature = "payment-sessions")]
mod get_payment_session_response;
#[cfg(feature = "payment-sessions")]
pub use get_payment_session_response::GetPaymentSessionResponse;
#[cfg(feature = "payment-sessions")]
mod get_payment_session_response_status;
#[cfg(feature = "payment-sessions")]
pub use get_payment_session_response_status::GetPaymentSessionResponseStatus;
#[cfg(feature = "payment-sessions")]
mod get_payment_session_transaction_details;
#[cfg(feature = "payment-sessions")]
pub use get_payment_session_transaction_details::GetPaymentSessionTransactionDetails;
#[cfg(feature = "pos-transactions")]
mod get_pos_transaction_response;
#[cfg(feature = "pos-transactions")]
pub use get_pos_transaction_response::GetPosTransactionResponse;
#[cfg(feature = "quick-payments")]
mod get_reusable_quick_payment_page_response_dto;
#[cfg(feature = "quick-payments")]
pub use get_reusable_quick_payment_page_response_dto::GetReusableQuickPaymentPageResponseDto;
#[cfg(feature = "quick-payments")]
mod get_reusable_quick_payment_response;
#[cfg(feature = "quick-payments")]
pub use get_reusable_quick_payment_response::GetReusableQuickPaymentResponse;
#[cfg(feature = "subscription")]
mod get_subscription_response;
#[cfg(feature = "subscription")]
pub use get_subscription_response::GetSubscriptionResponse;
#[cfg(feature = "terminals")]
mod get_terminal_status_response;
#[cfg(feature = "terminals")]
pub use get_terminal_status_response::GetTerminalStatusResponse;
#[cfg(feature = "terminals")]
mod get_terminals_response_dto;
#[cfg(feature = "terminals")]
pub use get_terminals_response_dto::GetTerminalsResponseDto;
#[cfg(feature = "transactions")]
mod get_transaction_response;
#[cfg(feature = "transactions")]
pub use get_transaction_response::GetTransactionResponse;
#[cfg(feature = "payment-sessions")]
mod history;
#[cfg(feature = "payment-sessions")]
pub use history::History;
#[cfg(feature = "subscription")]
mod integer_or_string;
#[cfg(feature = "subscription")]
pub use integer_or_string::IntegerOrString;
#[cfg(feature = "invoices")]
mod invoice_address_dto;
#[cfg(feature = "invoices")]
pub use invoice_address_dto::InvoiceAddressDto;
#[cfg(feature = "invoices")]
mod invoice_amounts_dto;
#[cfg(feature = "invoices")]
pub use invoice_amounts_dto::InvoiceAmountsDto;
#[cfg(feature = "invoices")]
mod invoice_calculations_dto;
#[cfg(feature = "invoices")]
pub use invoice_calculations_dto::InvoiceCalculationsDto;
#[cfg(feature = "invoices")]
mod invoice_customer_dto;
#[cfg(feature = "invoices")]
pub use invoice_customer_dto::InvoiceCustomerDto;
#[cfg(feature = "invoices")]
mod invoice_history_dto;
#[cfg(feature = "invoices")]
pub use invoice_history_dto::InvoiceHistoryDto;
#[cfg(feature = "invoices")]
mod invoice_line_item_dto;
#[cfg(feature = "invoices")]
pub use invoice_line_item_dto::InvoiceLineItemDto;
#[cfg(feature = "invoices")]
mod invoice_merchant_contact_info_dto;
#[cfg(feature = "invoices")]
pub use invoice_merchant_contact_info_dto::InvoiceMerchantContactInfoDto;
#[cfg(feature = "invoices")]
mod invoice_status;
#[cfg(feature = "invoices")]
pub use invoice_status::InvoiceStatus;
#[cfg(feature = "transactions")]
mod isv_l2_data;
#[cfg(feature = "transactions")]
pub use isv_l2_data::IsvL2Data;
#[cfg(feature = "transactions")]
mod isv_l3_data;
#[cfg(feature = "transactions")]
pub use isv_l3_data::IsvL3Data;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
mod key_value_pair;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
pub use key_value_pair::KeyValuePair;
#[cfg(feature = "transaction-settings")]
mod l2_settings;
#[cfg(feature = "transaction-settings")]
pub use l2_settings::L2Settings;
#[cfg(feature = "transaction-settings")]
mod l3_settings;
#[cfg(feature = "transaction-settings")]
pub use l3_settings::L3Settings;
#[cfg(feature = "categories")]
mod list_categories_response;
#[cfg(feature = "categories")]
pub use list_categories_response::ListCategoriesResponse;
#[cfg(feature = "customers")]
mod list_customer_payment_methods_response;
#[cfg(feature = "customers")]
pub use list_customer_payment_methods_response::ListCustomerPaymentMethodsResponse;
#[cfg(feature = "customers")]
mod list_customers_response;
#[cfg(feature = "customers")]
pub use list_customers_response::ListCustomersResponse;
#[cfg(feature = "devices")]
mod list_devices_response;
#[cfg(feature = "devices")]
pub use list_devices_response::ListDevicesResponse;
#[cfg(feature = "invoices")]
mod list_invoices_response;
#[cfg(feature = "invoices")]
pub use list_invoices_response::ListInvoicesResponse;
#[cfg(feature = "line-items")]
mod list_line_items_response;
#[cfg(feature = "line-items")]
pub use list_line_items_response::ListLineItemsResponse;
#[cfg(feature = "merchant-api-keys")]
mod list_merchant_api_keys_response;
#[cfg(feature = "merchant-api-keys")]
pub use list_merchant_api_keys_response::ListMerchantApiKeysResponse;
#[cfg(feature = "merchant-api-keys")]
mod list_merchants_response;
#[cfg(feature = "merchant-api-keys")]
pub use list_merchants_response::ListMerchantsResponse;
#[cfg(feature = "merchant-api-keys")]
mod list_merchants_response_items;
#[cfg(feature = "merchant-api-keys")]
pub use list_merchants_response_items::ListMerchantsResponseItems;
#[cfg(feature = "quick-payments")]
mod list_one_time_quick_payments_response;
#[cfg(feature = "quick-payments")]
pub use list_one_time_quick_payments_response::ListOneTimeQuickPaymentsResponse;
#[cfg(feature = "pos-transactions")]
mod list_pos_transactions_response;
#[cfg(feature = "pos-transactions")]
pub use list_pos_transactions_response::ListPosTransactionsResponse;
#[cfg(feature = "pos-transactions")]
mod list_pos_transactions_response_dto;
#[cfg(feature = "pos-transactions")]
pub use list_pos_transactions_response_dto::ListPosTransactionsResponseDto;
#[cfg(feature = "quick-payments")]
mod list_reusable_quick_payments_response;
#[cfg(feature = "quick-payments")]
pub use list_reusable_quick_payments_response::ListReusableQuickPaymentsResponse;
#[cfg(feature = "settlement-batches")]
mod list_settlement_batches_response;
#[cfg(feature = "settlement-batches")]
pub use list_settlement_batches_response::ListSettlementBatchesResponse;
#[cfg(feature = "subscription")]
mod list_subscription_payments_response;
#[cfg(feature = "subscription")]
pub use list_subscription_payments_response::ListSubscriptionPaymentsResponse;
#[cfg(feature = "subscription")]
mod list_subscriptions_response;
#[cfg(feature = "subscription")]
pub use list_subscriptions_response::ListSubscriptionsResponse;
#[cfg(feature = "terminals")]
mod list_terminals_response;
#[cfg(feature = "terminals")]
pub use list_terminals_response::ListTerminalsResponse;
#[cfg(feature = "transactions")]
mod list_transactions_response;
#[cfg(feature = "transactions")]
pub use list_transactions_response::ListTransactionsResponse;
#[cfg(feature = "invoices")]
mod mark_invoice_as_paid_request;
#[cfg(feature = "invoices")]
pub use mark_invoice_as_paid_request::MarkInvoiceAsPaidRequest;
#[cfg(feature = "merchant-api-keys")]
mod merchant_api_token_dto;
#[cfg(feature = "merchant-api-keys")]
pub use merchant_api_token_dto::MerchantApiTokenDto;
#[cfg(feature = "subscription")]
mod payment_amount_dto;
#[cfg(feature = "subscription")]
pub use payment_amount_dto::PaymentAmountDto;
#[cfg(feature = "subscription")]
mod payment_frequency_unit;
#[cfg(feature = "subscription")]
pub use payment_frequency_unit::PaymentFrequencyUnit;
#[cfg(feature = "configurations")]
mod payment_processor_dto;
#[cfg(feature = "configurations")]
pub use payment_processor_dto::PaymentProcessorDto;
#[cfg(feature = "configurations")]
mod payment_processor_dto_type_id;
#[cfg(feature = "configurations")]
pub use payment_processor_dto_type_id::PaymentProcessorDtoTypeId;
#[cfg(feature = "payment-sessions")]
mod payment_session_mode;
#[cfg(feature = "payment-sessions")]
pub use payment_session_mode::PaymentSessionMode;
#[cfg(feature = "payment-sessions")]
mod payment_session_status;
#[cfg(feature = "payment-sessions")]
pub use payment_session_status::PaymentSessionStatus;
#[cfg(feature = "ping")]
mod ping_response;
#[cfg(feature = "ping")]
pub use ping_response::PingResponse;
#[cfg(feature = "pos-transactions")]
mod pos_transaction_reading_method;
#[cfg(feature = "pos-transactions")]
pub use pos_transaction_reading_method::PosTransactionReadingMethod;
#[cfg(feature = "pos-transactions")]
mod pos_transaction_status;
#[cfg(feature = "pos-transactions")]
pub use pos_transaction_status::PosTransactionStatus;
#[cfg(feature = "pos-transactions")]
mod pos_transaction_type;
#[cfg(feature = "pos-transactions")]
pub use pos_transaction_type::PosTransactionType;
#[cfg(feature = "pos-transactions")]
mod print_pos_transaction_receipt_request;
#[cfg(feature = "pos-transactions")]
pub use print_pos_transaction_receipt_request::PrintPosTransactionReceiptRequest;
#[cfg(feature = "transaction-settings")]
mod product;
#[cfg(feature = "transaction-settings")]
pub use product::Product;
#[cfg(feature = "invoices")]
mod publish_invoice_request;
#[cfg(feature = "invoices")]
pub use publish_invoice_request::PublishInvoiceRequest;
#[cfg(feature = "invoices")]
mod publish_invoice_response;
#[cfg(feature = "invoices")]
pub use publish_invoice_response::PublishInvoiceResponse;
#[cfg(feature = "quick-payments")]
mod quick_payment_status;
#[cfg(feature = "quick-payments")]
pub use quick_payment_status::QuickPaymentStatus;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
mod receipt_amount_dto;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
pub use receipt_amount_dto::ReceiptAmountDto;
#[cfg(feature = "transactions")]
mod refund_transaction_request;
#[cfg(feature = "transactions")]
pub use refund_transaction_request::RefundTransactionRequest;
#[cfg(feature = "transactions")]
mod refund_without_reference_request;
#[cfg(feature = "transactions")]
pub use refund_without_reference_request::RefundWithoutReferenceRequest;
#[cfg(feature = "transactions")]
mod response_code;
#[cfg(feature = "transactions")]
pub use response_code::ResponseCode;
#[cfg(feature = "invoices")]
mod send_invoice_email_notification_request;
#[cfg(feature = "invoices")]
pub use send_invoice_email_notification_request::SendInvoiceEmailNotificationRequest;
#[cfg(feature = "invoices")]
mod send_invoice_sms_notification_request;
#[cfg(feature = "invoices")]
pub use send_invoice_sms_notification_request::SendInvoiceSmsNotificationRequest;
#[cfg(feature = "quick-payments")]
mod send_quick_payment_sms_notification_request;
#[cfg(feature = "quick-payments")]
pub use send_quick_payment_sms_notification_request::SendQuickPaymentSmsNotificationRequest;
#[cfg(feature = "transactions")]
mod send_transaction_receipt_by_sms_request;
#[cfg(feature = "transactions")]
pub use send_transaction_receipt_by_sms_request::SendTransactionReceiptBySmsRequest;
#[cfg(feature = "transactions")]
mod send_transaction_receipt_by_sms_response;
#[cfg(feature = "transactions")]
pub use send_transaction_receipt_by_sms_response::SendTransactionReceiptBySmsResponse;
#[cfg(feature = "transactions")]
mod settle_transactions_request;
#[cfg(feature = "transactions")]
pub use settle_transactions_request::SettleTransactionsRequest;
#[cfg(feature = "transactions")]
mod settle_transactions_response;
#[cfg(feature = "transactions")]
pub use settle_transactions_response::SettleTransactionsResponse;
#[cfg(feature = "settlement-batches")]
mod settlement_batch_status;
#[cfg(feature = "settlement-batches")]
pub use settlement_batch_status::SettlementBatchStatus;
#[cfg(feature = "configurations")]
mod settlement_batch_time_slot;
#[cfg(feature = "configurations")]
pub use settlement_batch_time_slot::SettlementBatchTimeSlot;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
mod source_response_dto;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
pub use source_response_dto::SourceResponseDto;
#[cfg(feature = "customers")]
mod state_dto;
#[cfg(feature = "customers")]
pub use state_dto::StateDto;
#[cfg(feature = "invoices")]
mod submit_invoice_ach_payment_request;
#[cfg(feature = "invoices")]
pub use submit_invoice_ach_payment_request::SubmitInvoiceAchPaymentRequest;
#[cfg(feature = "invoices")]
mod submit_invoice_ach_payment_response;
#[cfg(feature = "invoices")]
pub use submit_invoice_ach_payment_response::SubmitInvoiceAchPaymentResponse;
#[cfg(feature = "invoices")]
mod submit_invoice_card_payment_request;
#[cfg(feature = "invoices")]
pub use submit_invoice_card_payment_request::SubmitInvoiceCardPaymentRequest;
#[cfg(feature = "invoices")]
mod submit_invoice_card_payment_response;
#[cfg(feature = "invoices")]
pub use submit_invoice_card_payment_response::SubmitInvoiceCardPaymentResponse;
#[cfg(feature = "subscription")]
mod subscription_source_response_dto;
#[cfg(feature = "subscription")]
pub use subscription_source_response_dto::SubscriptionSourceResponseDto;
#[cfg(feature = "subscription")]
mod subscription_status_id;
#[cfg(feature = "subscription")]
pub use subscription_status_id::SubscriptionStatusId;
#[cfg(feature = "subscription")]
mod subscription_transaction_type;
#[cfg(feature = "subscription")]
pub use subscription_transaction_type::SubscriptionTransactionType;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
mod suggested_tips_dto;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
pub use suggested_tips_dto::SuggestedTipsDto;
#[cfg(feature = "terminals")]
mod terminal_availability_status;
#[cfg(feature = "terminals")]
pub use terminal_availability_status::TerminalAvailabilityStatus;
#[cfg(feature = "terminals")]
mod terminal_connection_status;
#[cfg(feature = "terminals")]
pub use terminal_connection_status::TerminalConnectionStatus;
#[cfg(feature = "terminals")]
mod terminal_connection_type;
#[cfg(feature = "terminals")]
pub use terminal_connection_type::TerminalConnectionType;
#[cfg(feature = "terminals")]
mod terminal_debit_pin_key;
#[cfg(feature = "terminals")]
pub use terminal_debit_pin_key::TerminalDebitPinKey;
#[cfg(feature = "terminals")]
mod terminal_pos_status;
#[cfg(feature = "terminals")]
pub use terminal_pos_status::TerminalPosStatus;
#[cfg(feature = "terminals")]
mod terminal_printer_status;
#[cfg(feature = "terminals")]
pub use terminal_printer_status::TerminalPrinterStatus;
#[cfg(feature = "subscription")]
mod terminate_subscription_response;
#[cfg(feature = "subscription")]
pub use terminate_subscription_response::TerminateSubscriptionResponse;
#[cfg(feature = "api-suite-fundamentals")]
mod token_request;
#[cfg(feature = "api-suite-fundamentals")]
pub use token_request::TokenRequest;
#[cfg(feature = "api-suite-fundamentals")]
mod token_response;
#[cfg(feature = "api-suite-fundamentals")]
pub use token_response::TokenResponse;
#[cfg(any(
    feature = "customers",
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "subscription",
    feature = "transactions"
))]
mod token_type;
#[cfg(any(
    feature = "customers",
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "subscription",
    feature = "transactions"
))]
pub use token_type::TokenType;
#[cfg(feature = "pos-transactions")]
mod transaction_dto;
#[cfg(feature = "pos-transactions")]
pub use transaction_dto::TransactionDto;
#[cfg(feature = "pos-transactions")]
mod transaction_dto_transaction_status_id;
#[cfg(feature = "pos-transactions")]
pub use transaction_dto_transaction_status_id::TransactionDtoTransactionStatusId;
#[cfg(feature = "pos-transactions")]
mod transaction_dto_transaction_type_id;
#[cfg(feature = "pos-transactions")]
pub use transaction_dto_transaction_type_id::TransactionDtoTransactionTypeId;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
mod transaction_operation;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
pub use transaction_operation::TransactionOperation;
#[cfg(feature = "transactions")]
mod transaction_product_dto;
#[cfg(feature = "transactions")]
pub use transaction_product_dto::TransactionProductDto;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
mod transaction_receipt_dto;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
pub use transaction_receipt_dto::TransactionReceiptDto;
#[cfg(feature = "transactions")]
mod transaction_response;
#[cfg(feature = "transactions")]
pub use transaction_response::TransactionResponse;
#[cfg(feature = "transactions")]
mod transaction_response_details_dto;
#[cfg(feature = "transactions")]
pub use transaction_response_details_dto::TransactionResponseDetailsDto;
#[cfg(feature = "transactions")]
mod transaction_response_with_avs;
#[cfg(feature = "transactions")]
pub use transaction_response_with_avs::TransactionResponseWithAvs;
#[cfg(feature = "payment-sessions")]
mod transaction_source_response_dto;
#[cfg(feature = "payment-sessions")]
pub use transaction_source_response_dto::TransactionSourceResponseDto;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
mod transaction_type;
#[cfg(any(
    feature = "payment-sessions",
    feature = "pos-transactions",
    feature = "transactions"
))]
pub use transaction_type::TransactionType;
#[cfg(feature = "transactions")]
mod tsys_card_details_dto;
#[cfg(feature = "transactions")]
pub use tsys_card_details_dto::TsysCardDetailsDto;
#[cfg(feature = "line-items")]
mod unit_type;
#[cfg(feature = "line-items")]
pub use unit_type::UnitType;
#[cfg(feature = "transaction-settings")]
mod update_autofill_settings_request;
#[cfg(feature = "transaction-settings")]
pub use update_autofill_settings_request::UpdateAutofillSettingsRequest;
#[cfg(feature = "categories")]
mod update_category_request;
#[cfg(feature = "categories")]
pub use update_category_request::UpdateCategoryRequest;
#[cfg(feature = "customers")]
mod update_customer_address_dto;
#[cfg(feature = "customers")]
pub use update_customer_address_dto::UpdateCustomerAddressDto;
#[cfg(feature = "customers")]
mod update_customer_payment_method_request;
#[cfg(feature = "customers")]
pub use update_customer_payment_method_request::UpdateCustomerPaymentMethodRequest;
#[cfg(feature = "customers")]
mod update_customer_request;
#[cfg(feature = "customers")]
pub use update_customer_request::UpdateCustomerRequest;
#[cfg(feature = "invoices")]
mod update_invoice_request;
#[cfg(feature = "invoices")]
pub use update_invoice_request::UpdateInvoiceRequest;
#[cfg(feature = "invoices-settings")]
mod update_invoice_settings_request;
#[cfg(feature = "invoices-settings")]
pub use update_invoice_settings_request::UpdateInvoiceSettingsRequest;
#[cfg(feature = "line-items")]
mod update_line_item_request;
#[cfg(feature = "line-items")]
pub use update_line_item_request::UpdateLineItemRequest;
#[cfg(feature = "transactions")]
mod void_transaction_request;
#[cfg(feature = "transactions")]
pub use void_transaction_request::VoidTransactionRequest;
#[cfg(any(feature = "configurations", feature = "transactions"))]
mod zero_cost_processing_option;
#[cfg(any(feature = "configurations", feature = "transactions"))]
pub use zero_cost_processing_option::ZeroCostProcessingOption;
