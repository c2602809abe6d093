#[cfg(feature = "auth")]
mod api_key;
#[cfg(feature = "auth")]
pub use api_key::ApiKey;
#[cfg(feature = "auth")]
mod api_key_request;
#[cfg(feature = "auth")]
pub use api_key_request::ApiKeyRequest;
#[cfg(feature = "auth")]
mod api_key_response;
#[cfg(feature = "auth")]
pub use api_key_response::ApiKeyResponse;
#[cfg(feature = "lightning")]
mod bln_balance;
#[cfg(feature = "lightning")]
pub use bln_balance::BlnBalance;
#[cfg(feature = "lightning")]
mod bln_balance_response;
#[cfg(feature = "lightning")]
pub use bln_balance_response::BlnBalanceResponse;
#[cfg(feature = "lightning")]
mod bln_order;
#[cfg(feature = "lightning")]
pub use bln_order::BlnOrder;
#[cfg(feature = "lightning")]
mod bln_order_request;
#[cfg(feature = "lightning")]
pub use bln_order_request::BlnOrderRequest;
#[cfg(feature = "lightning")]
mod bln_order_response;
#[cfg(feature = "lightning")]
pub use bln_order_response::BlnOrderResponse;
#[cfg(feature = "lightning")]
mod bln_withdraw_request;
#[cfg(feature = "lightning")]
pub use bln_withdraw_request::BlnWithdrawRequest;
#[cfg(feature = "lightning")]
mod bln_withdraw_response;
#[cfg(feature = "lightning")]
pub use bln_withdraw_response::BlnWithdrawResponse;
#[cfg(feature = "order")]
mod crypto_currency;
#[cfg(feature = "order")]
pub use crypto_currency::CryptoCurrency;
#[cfg(feature = "order")]
mod crypto_currency_list_response;
#[cfg(feature = "order")]
pub use crypto_currency_list_response::CryptoCurrencyListResponse;
mod error_envelope;
pub use error_envelope::ErrorEnvelope;
#[cfg(feature = "order")]
mod order;
#[cfg(feature = "order")]
pub use order::Order;
mod order_detail;
pub use order_detail::OrderDetail;
#[cfg(feature = "order")]
mod order_detail_response;
#[cfg(feature = "order")]
pub use order_detail_response::OrderDetailResponse;
#[cfg(feature = "order")]
mod order_page;
#[cfg(feature = "order")]
pub use order_page::OrderPage;
#[cfg(feature = "order")]
mod order_page_response;
#[cfg(feature = "order")]
pub use order_page_response::OrderPageResponse;
#[cfg(feature = "order")]
mod order_refund;
#[cfg(feature = "order")]
pub use order_refund::OrderRefund;
#[cfg(feature = "order")]
mod order_refund_info;
#[cfg(feature = "order")]
pub use order_refund_info::OrderRefundInfo;
#[cfg(feature = "order")]
mod order_refund_info_response;
#[cfg(feature = "order")]
pub use order_refund_info_response::OrderRefundInfoResponse;
#[cfg(feature = "order")]
mod order_refund_request;
#[cfg(feature = "order")]
pub use order_refund_request::OrderRefundRequest;
#[cfg(feature = "order")]
mod order_refund_response;
#[cfg(feature = "order")]
pub use order_refund_response::OrderRefundResponse;
mod order_status;
pub use order_status::OrderStatus;
#[cfg(feature = "order")]
mod payment_info;
#[cfg(feature = "order")]
pub use payment_info::PaymentInfo;
#[cfg(feature = "order")]
mod payment_info_request;
#[cfg(feature = "order")]
pub use payment_info_request::PaymentInfoRequest;
#[cfg(feature = "order")]
mod payment_info_response;
#[cfg(feature = "order")]
pub use payment_info_response::PaymentInfoResponse;
#[cfg(feature = "order")]
mod payment_url;
#[cfg(feature = "order")]
pub use payment_url::PaymentUrl;
#[cfg(feature = "order")]
mod payment_url_request;
#[cfg(feature = "order")]
pub use payment_url_request::PaymentUrlRequest;
#[cfg(feature = "order")]
mod payment_url_response;
#[cfg(feature = "order")]
pub use payment_url_response::PaymentUrlResponse;
#[cfg(feature = "order")]
mod real_currency_list_response;
#[cfg(feature = "order")]
pub use real_currency_list_response::RealCurrencyListResponse;
#[cfg(feature = "wallets")]
mod self_custody_wallet;
#[cfg(feature = "wallets")]
pub use self_custody_wallet::SelfCustodyWallet;
#[cfg(feature = "wallets")]
mod self_custody_wallet_list_response;
#[cfg(feature = "wallets")]
pub use self_custody_wallet_list_response::SelfCustodyWalletListResponse;
#[cfg(feature = "order")]
mod transaction;
#[cfg(feature = "order")]
pub use transaction::Transaction;
#[cfg(feature = "order")]
mod transaction_page;
#[cfg(feature = "order")]
pub use transaction_page::TransactionPage;
#[cfg(feature = "order")]
mod transaction_page_response;
#[cfg(feature = "order")]
pub use transaction_page_response::TransactionPageResponse;
#[cfg(feature = "wallets")]
mod wallet;
#[cfg(feature = "wallets")]
pub use wallet::Wallet;
#[cfg(feature = "wallets")]
mod wallet_list_response;
#[cfg(feature = "wallets")]
pub use wallet_list_response::WalletListResponse;
#[cfg(feature = "wallets")]
mod withdrawal_request;
#[cfg(feature = "wallets")]
pub use withdrawal_request::WithdrawalRequest;
#[cfg(feature = "wallets")]
mod withdrawal_response;
#[cfg(feature = "wallets")]
pub use withdrawal_response::WithdrawalResponse;
