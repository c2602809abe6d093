//! Raise gift cards: list brands → buy a gift card → list the cards of the order. The client
//! exchanges the Basic credentials for a bearer token by itself before the first call.
//!
//! Environment variables:
//! - `RAISE_BASE_URL`: API base URL (optional; default the playground,
//!   `https://playground-api.raise.com/business/v2`).
//! - `RAISE_CLIENT_ID`, `RAISE_CLIENT_SECRET`: the client credentials (HTTP Basic for `/tokens`).
//! - `RAISE_CUSTOMER_ID`: the customer the cards are bought for (optional; the spec's example id).
//!
//! Run: `cargo run -p paygen-examples --example raise`.

use paygen_examples::{optional, required, step};
use raise_client::models::{
    Customer, TransactionCardRequest, TransactionCreateAttributes, TransactionCreateRequest,
};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut builder = raise_client::Client::builder().basic_auth(
        required("RAISE_CLIENT_ID")?,
        required("RAISE_CLIENT_SECRET")?,
    );
    if let Some(url) = optional("RAISE_BASE_URL") {
        builder = builder.base_url(url);
    }
    let client = builder.build()?;
    let customer = optional("RAISE_CUSTOMER_ID")
        .unwrap_or_else(|| "c7770f32-0034-4562-b504-a1b46d21072c".into());

    step("list brands");
    let brands = client
        .brands()
        .list_brands()
        .x_country("US")
        .x_currency("USD")
        .send()
        .await?;
    let brand = brands.data.first().ok_or("the catalogue is empty")?;
    println!("buying a card of brand {}", brand.id);

    step("create a transaction");
    let order = TransactionCreateAttributes::new(
        vec![TransactionCardRequest::new(&brand.id, 2500, 1)],
        Customer::new(&customer),
        format!("example-{}", std::process::id()),
    );
    let transaction = client
        .transactions()
        .create_transaction(TransactionCreateRequest::from(order))
        .x_country("US")
        .x_currency("USD")
        .send()
        .await?;
    println!("transaction {}", transaction.data.id);

    step("list its cards");
    let cards = client
        .cards()
        .list_cards(customer)
        .transaction_id(transaction.data.id)
        .send()
        .await?;
    println!("{} cards in the transaction", cards.data.len());
    Ok(())
}
