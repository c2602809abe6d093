//! SDK.finance wallets: log in → list my wallets (coins) → price a bank top-up → request it.
//!
//! Environment variables:
//! - `SDK_FINANCE_BASE_URL`: API base URL of the deployment (optional; default the sandbox).
//! - `SDK_FINANCE_LOGIN`, `SDK_FINANCE_PASSWORD`: the user (the client logs in by itself).
//!
//! Run: `cargo run -p paygen-examples --example sdk-finance`.

use paygen_examples::{optional, required, step, text_at};
use serde_json::json;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut builder = sdk_finance_client::Client::builder().login(
        required("SDK_FINANCE_LOGIN")?,
        required("SDK_FINANCE_PASSWORD")?,
    );
    if let Some(url) = optional("SDK_FINANCE_BASE_URL") {
        builder = builder.base_url(url);
    }
    let client = builder.build()?;

    // `POST /authorization` runs before the first call; its token is renewed before it expires.
    step("list my wallets");
    let coins = client.coins().list_coins().send().await?;
    println!("{} wallets", coins.coins.len());
    let serial = text_at(&coins, "/coins/0/serial").unwrap_or_else(|| "example".into());

    step("calculate a bank top-up");
    let request = json!({"amount": 10.5, "coinSerial": serial});
    let fee = client
        .bank_top_ups()
        .calculate_bank_top_up(serde_json::from_value::<
            sdk_finance_client::models::CommissionCalculateRequest,
        >(request.clone())?)
        .send()
        .await?;
    println!("commission {:?}", serde_json::to_value(&fee)?);

    step("request the bank top-up");
    let top_up = client
        .bank_top_ups()
        .create_bank_top_up_request(serde_json::from_value::<
            sdk_finance_client::models::BankTopUpRequestCreateRequest,
        >(request)?)
        .send()
        .await?;
    println!("request {:?}", text_at(&top_up, "/process/id"));
    Ok(())
}
