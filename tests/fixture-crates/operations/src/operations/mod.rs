/// The operation tagged `auth`: `token`.
#[cfg(feature = "auth")]
pub mod auth;

/// The 3 operations tagged `orders`: `list_orders`, `create_order` and `get_orders_id_receipt`.
#[cfg(feature = "orders")]
pub mod orders;
