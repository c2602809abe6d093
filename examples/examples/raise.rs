//! Raise gift cards: token → register a customer's key pair → the customer's balance, signed in
//! by a code → list brands → buy a gift card → list the cards of the order.
//!
//! Environment variables:
//! - `RAISE_BASE_URL`: API base URL (optional; default the playground,
//!   `https://playground-api.raise.com/business/v2`).
//! - `RAISE_CLIENT_ID`, `RAISE_CLIENT_SECRET`: the client credentials (HTTP Basic for `/tokens`).
//! - `RAISE_CUSTOMER_ID`: the customer the cards are bought for (optional; the spec's example id).
//! - `RAISE_CUSTOMER_KEY`: the customer's SR25519 secret key, hex (optional; a new key pair).
//! - `RAISE_CUSTOMER_CODE`: a TOTP code of the customer (optional; without it the customer steps
//!   stop after registering the key).
//!
//! Run: `cargo run -p paygen-examples --example raise`.

use paygen_examples::{optional, required, step, text_at};
use raise_client::client::registered_key;
use raise_client::runtime::auth::Sr25519Signer;
use serde_json::json;

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

    // The client exchanges the Basic credentials for a bearer token by itself before the first
    // call; asking for one explicitly shows its lifetime.
    step("token");
    let token = client
        .tokens()
        .create_token(serde_json::from_value::<
            raise_client::models::TokenCreateRequest,
        >(
            json!({"data": {"type": "tokens", "attributes": {"type": "BEARER"}}}),
        )?)
        .send()
        .await?;
    println!(
        "bearer token expires at {:?}",
        text_at(&token, "/data/attributes/expires_at")
    );

    // A customer of an app proves who they are with a key pair registered once: its public
    // key, in the form `POST /auth/methods` expects (`0x` and hex).
    step("register a customer key pair");
    let signer = match optional("RAISE_CUSTOMER_KEY") {
        Some(hex) => Sr25519Signer::from_hex(&hex)?,
        None => Sr25519Signer::generate(),
    };
    let method = serde_json::from_value(json!({"data": {"type": "auth/methods", "attributes": {
        "type": "SR25519_KEY_PAIR",
        "method": registered_key(&signer),
    }}}))?;
    client
        .auth()
        .create_auth_method(&customer, method)
        .x_country("US")
        .send()
        .await?;
    println!("registered key {}", registered_key(&signer));
    // From now on `client.customer(&customer).sr25519(signer)` signs the server's nonces itself;
    // a customer may also sign in with a code (SMS or TOTP), as here.
    if let Some(code) = optional("RAISE_CUSTOMER_CODE") {
        step("the customer's balance, signed in by a TOTP code");
        let as_customer = client.customer(&customer).verify_code(&code).await?;
        let balance = as_customer.balance().get_balance().send().await?;
        println!(
            "customer {} sees {} cents available",
            as_customer.customer_id(),
            balance.data.attributes.available_balance
        );
    }

    step("list brands");
    let brands = client
        .brands()
        .list_brands()
        .x_country("US")
        .x_currency("USD")
        .page_size(10)
        .send()
        .await?;
    println!("{} brands on the first page", brands.data.len());
    let brand = brands
        .data
        .first()
        .map(|b| b.id.clone())
        .ok_or("the catalogue is empty")?;

    step("create a transaction");
    let order: raise_client::models::TransactionCreateRequest =
        serde_json::from_value(json!({"data": {"type": "transactions", "attributes": {
            "cards": [{"brand_id": brand, "value": 2500, "quantity": 1}],
            "customer": {"id": customer},
            "client_order_id": format!("example-{}", std::process::id()),
        }}}))?;
    let transaction = client
        .transactions()
        .create_transaction(order)
        .x_country("US")
        .x_currency("USD")
        .send()
        .await?;
    let transaction_id = transaction.data.id.clone();
    println!(
        "transaction {transaction_id}: {:?}",
        text_at(&transaction, "/data/attributes/state")
    );

    step("list its cards");
    let cards = client
        .cards()
        .list_cards(customer)
        .transaction_id(transaction_id)
        .send()
        .await?;
    println!("{} cards in the transaction", cards.data.len());
    Ok(())
}
