//! Aurpay crypto payments: supported currencies → create a payment page → list orders → details.
//!
//! Environment variables:
//! - `AURPAY_BASE_URL`: API base URL (optional; default production).
//! - `AURPAY_API_KEY`: the API key sent in the `API-Key` header.
//! - `AURPAY_CALLBACK_URL`: where Aurpay reports the payment (optional; default
//!   `https://example.com/callback`); the success and timeout pages are derived from it.
//!
//! Run: `cargo run -p paygen-examples --example aurpay`.

use aurpay_client::models::PaymentUrlRequest;
use aurpay_client::runtime::Decimal;
use paygen_examples::{optional, required, step};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut builder = aurpay_client::Client::builder().api_key(required("AURPAY_API_KEY")?);
    if let Some(url) = optional("AURPAY_BASE_URL") {
        builder = builder.base_url(url);
    }
    let client = builder.build()?;

    step("list crypto currencies");
    let currencies = client.order().list_crypto_currencies().send().await?;
    println!("{} crypto currencies", currencies.data.len());

    step("create a payment page");
    let callback =
        optional("AURPAY_CALLBACK_URL").unwrap_or_else(|| "https://example.com/callback".into());
    let request = PaymentUrlRequest::new("USD", Decimal::from(20))
        .succeed_url(format!("{callback}/succeeded"))
        .timeout_url(format!("{callback}/timed-out"))
        .callback_url(callback);
    let page = client.order().get_payment_url(request).send().await?;
    println!("pay at {}", page.data.pay_url);

    step("list orders");
    let orders = client.order().list_orders().send().await?;
    println!("{} orders in total", orders.data.total);
    let order = orders.data.data.first().ok_or("no orders yet")?;

    step("get the order");
    let order = client
        .order()
        .get_order_details(&order.order_id)
        .send()
        .await?;
    println!("order {}: {:?}", order.data.order_id, order.data.status);
    Ok(())
}
