#[cfg(feature = "orders")]
mod create_order_response;
#[cfg(feature = "orders")]
pub use create_order_response::CreateOrderResponse;
#[cfg(feature = "orders")]
mod created;
#[cfg(feature = "orders")]
pub use created::Created;
mod error_model;
pub use error_model::ErrorModel;
#[cfg(feature = "orders")]
mod list_orders_filter;
#[cfg(feature = "orders")]
pub use list_orders_filter::ListOrdersFilter;
#[cfg(feature = "orders")]
mod new_order;
#[cfg(feature = "orders")]
pub use new_order::NewOrder;
mod order;
pub use order::Order;
#[cfg(feature = "orders")]
mod order_page;
#[cfg(feature = "orders")]
pub use order_page::OrderPage;
#[cfg(feature = "orders")]
mod order_page_meta;
#[cfg(feature = "orders")]
pub use order_page_meta::OrderPageMeta;
#[cfg(feature = "auth")]
mod token_request;
#[cfg(feature = "auth")]
pub use token_request::TokenRequest;
#[cfg(feature = "auth")]
mod token_response;
#[cfg(feature = "auth")]
pub use token_response::TokenResponse;
