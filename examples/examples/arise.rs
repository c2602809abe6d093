//! ARISE payments: token → create a customer → card sale → get the transaction.
//!
//! Environment variables:
//! - `ARISE_BASE_URL`: API base URL (optional; default the sandbox).
//! - `ARISE_TOKEN_URL`: OAuth2 token URL (optional; default the environment's token host; needed
//!   with a custom base URL).
//! - `ARISE_CLIENT_ID`, `ARISE_CLIENT_SECRET`: the API key (OAuth2 client credentials).
//!
//! Run: `cargo run -p paygen-examples --example arise`.

use arise_client::models::{CardDataSource, CreateCustomerRequest, CreateSaleRequest};
use arise_client::runtime::Decimal;
use paygen_examples::{optional, required, step};

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
    let customer = CreateCustomerRequest::new("Alexandro", "Peppared")
        .email("peppared@example.com")
        .use_billing_as_shipping_address(true);
    let customer = client.customers().create_customer(customer).send().await?;
    println!("customer {:?}", customer.id);

    step("sale");
    // $64.99 in US dollars (currency 1), card number typed in on a web page.
    let amount = Decimal::new(6499, 2);
    let mut sale = CreateSaleRequest::new(
        amount,
        "4111111111111111",
        CardDataSource::Internet,
        1,
        7,
        2032,
    )
    .security_code("123");
    if let Some(id) = customer.id {
        sale = sale.customer_id(id);
    }
    let sale = client.transactions().create_sale(sale).send().await?;
    let transaction_id = sale.transaction_id.ok_or("the sale has no transactionId")?;
    println!("sale {transaction_id}: {:?}", sale.status);

    step("get the transaction");
    let transaction = client
        .transactions()
        .get_transaction(transaction_id)
        .send()
        .await?;
    let amount = transaction.amount.and_then(|amount| amount.base_amount);
    println!("transaction amount {amount:?}");
    Ok(())
}
