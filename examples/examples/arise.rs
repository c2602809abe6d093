//! ARISE payments: token → create a customer → card sale → get the transaction.
//!
//! Environment variables:
//! - `ARISE_BASE_URL`: API base URL (optional; default the sandbox).
//! - `ARISE_TOKEN_URL`: OAuth2 token URL (optional; default the environment's token host; needed
//!   with a custom base URL).
//! - `ARISE_CLIENT_ID`, `ARISE_CLIENT_SECRET`: the API key (OAuth2 client credentials).
//!
//! Run: `cargo run -p paygen-examples --example arise`.

use paygen_examples::{optional, required, step, text_at};
use serde_json::json;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut builder = arise_client::Client::builder().client_credentials(
        required("ARISE_CLIENT_ID")?,
        required("ARISE_CLIENT_SECRET")?,
    );
    if let Some(url) = optional("ARISE_BASE_URL") {
        builder = builder.base_url(url);
    }
    if let Some(url) = optional("ARISE_TOKEN_URL") {
        builder = builder.token_url(url);
    }
    let client = builder.build()?;

    // The token comes from the OAuth2 client-credentials grant, fetched and cached by the client;
    // the ping reports whether it was accepted.
    step("token");
    let ping = client.ping().ping().send().await?;
    println!("authenticated: {:?}", ping.authenticated);

    step("create a customer");
    let customer = client
        .customers()
        .create_customer(serde_json::from_value::<
            arise_client::models::CreateCustomerRequest,
        >(json!({
            "firstName": "Alexandro", "lastName": "Peppared", "email": "peppared@example.com",
            "useBillingAsShippingAddress": true,
        }))?)
        .send()
        .await?;
    let customer_id = text_at(&customer, "/customerId").or_else(|| text_at(&customer, "/id"));
    println!("customer {customer_id:?}");

    step("sale");
    let mut sale = json!({"amount": 64.99, "accountNumber": "4111111111111111", "cardDataSource": 1,
        "currencyId": 1, "expirationMonth": 7, "expirationYear": 2032, "securityCode": "123"});
    if let Some(id) = &customer_id {
        sale["customerId"] = json!(id);
    }
    let sale = client
        .transactions()
        .create_sale(serde_json::from_value::<
            arise_client::models::CreateSaleRequest,
        >(sale)?)
        .send()
        .await?;
    let transaction_id = text_at(&sale, "/transactionId").ok_or("the sale has no transactionId")?;
    println!("sale {transaction_id}: {:?}", text_at(&sale, "/statusName"));

    step("get the transaction");
    let transaction = client
        .transactions()
        .get_transaction(transaction_id.parse()?)
        .send()
        .await?;
    println!("transaction amount {:?}", text_at(&transaction, "/amount"));
    Ok(())
}
