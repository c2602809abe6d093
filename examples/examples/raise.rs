//! Raise gift cards: register a customer's key pair → the customer's balance, signed in by a
//! code → list brands → buy a gift card → list the cards of the order. The client exchanges the
//! Basic credentials for a bearer token by itself before the first call.
//!
//! Environment variables:
//! - `RAISE_BASE_URL`: API base URL (optional; default the playground,
//!   `https://playground-api.raise.com/business/v2`).
//! - `RAISE_CLIENT_ID`, `RAISE_CLIENT_SECRET`: the client credentials (HTTP Basic for `/tokens`).
//! - `RAISE_CUSTOMER_ID`: the customer the cards are bought for (optional; the spec's example id).
//! - `RAISE_CUSTOMER_KEY`: the customer's SR25519 secret key, hex (optional; a new one is made).
//! - `RAISE_CUSTOMER_CODE`: a TOTP code of the customer (optional; without it the customer
//!   step is skipped).
//!
//! Run: `cargo run -p paygen-examples --example raise`.

use paygen_examples::{optional, required, step};
use raise_client::client::registered_key;
use raise_client::models::{
    AuthMethodRequestAttributes, AuthMethodType, Customer, TransactionCardRequest,
    TransactionCreateAttributes,
};
use raise_client::runtime::auth::Sr25519Signer;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Country and currency go with most calls: set once here, overridable per call.
    let mut builder = raise_client::Client::builder()
        .basic_auth(
            required("RAISE_CLIENT_ID")?,
            required("RAISE_CLIENT_SECRET")?,
        )
        .x_country("US")
        .x_currency("USD");
    if let Some(url) = optional("RAISE_BASE_URL") {
        builder = builder.base_url(url);
    }
    let client = builder.build()?;
    let customer = optional("RAISE_CUSTOMER_ID")
        .unwrap_or_else(|| "c7770f32-0034-4562-b504-a1b46d21072c".into());

    // A customer of an app proves who they are with a key pair registered once: its public
    // key, in the form `POST /auth/methods` expects (`0x` and hex).
    step("register a customer key pair");
    let signer = match optional("RAISE_CUSTOMER_KEY") {
        Some(hex) => Sr25519Signer::from_hex(&hex)?,
        None => Sr25519Signer::generate(),
    };
    let method = AuthMethodRequestAttributes::new(AuthMethodType::Sr25519KeyPair)
        .method(registered_key(&signer));
    client
        .auth()
        .create_auth_method(&customer, method)
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
    let brands = client.brands().list_brands().send().await?;
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
        .create_transaction(order)
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
