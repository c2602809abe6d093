//! SDK.finance wallets: log in → list my wallets (coins) → price a bank top-up → request it.
//!
//! Environment variables:
//! - `SDK_FINANCE_BASE_URL`: API base URL of the deployment (optional; default the sandbox).
//! - `SDK_FINANCE_LOGIN`, `SDK_FINANCE_PASSWORD`: the user (the client logs in by itself).
//!
//! Run: `cargo run -p paygen-examples --example sdk-finance`.

use paygen_examples::{optional, required, step};
use sdk_finance_client::models::{BankTopUpRequestCreateRequest, CommissionCalculateRequest};
use sdk_finance_client::runtime::Decimal;

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
    let serial = coins
        .coins
        .first()
        .map_or("example", |coin| coin.serial.as_str());

    step("calculate a bank top-up");
    let amount = Decimal::new(105, 1); // 10.5
    let fee = CommissionCalculateRequest::new(amount, serial);
    let fee = client
        .bank_top_ups()
        .calculate_bank_top_up(fee)
        .send()
        .await?;
    println!(
        "commission {}, sender pays {}",
        fee.commission_amount_push, fee.sender_amount_push
    );

    step("request the bank top-up");
    let top_up = BankTopUpRequestCreateRequest::new(amount, serial);
    let top_up = client
        .bank_top_ups()
        .create_bank_top_up_request(top_up)
        .send()
        .await?;
    println!("request {:?}", top_up.process.id);
    Ok(())
}
