//! Rise CRM boarding: token → create a draft application → update it → submit it.
//!
//! Environment variables:
//! - `RISE_CRM_BASE_URL`: API base URL (optional; default UAT).
//! - `RISE_CRM_TOKEN_URL`: OAuth2 token URL (optional; default the UAT token URL).
//! - `RISE_CRM_USERNAME`, `RISE_CRM_PASSWORD`: the boarding user (password grant).
//! - `RISE_CRM_CLIENT_ID`, `RISE_CRM_CLIENT_SECRET`: the OAuth2 client.
//!
//! Run: `cargo run -p paygen-examples --example rise-crm`.

use paygen_examples::{optional, required, step};
use rise_crm_client::models::{Application, ApplicationId, BusinessInformation};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut builder = rise_crm_client::Client::builder().password_grant(
        required("RISE_CRM_USERNAME")?,
        required("RISE_CRM_PASSWORD")?,
        required("RISE_CRM_CLIENT_ID")?,
        required("RISE_CRM_CLIENT_SECRET")?,
    );
    if let Some(url) = optional("RISE_CRM_BASE_URL") {
        builder = builder.base_url(url);
    }
    if let Some(url) = optional("RISE_CRM_TOKEN_URL") {
        builder = builder.token_url(url);
    }
    let client = builder.build()?;

    // The password grant runs on the first call; refresh tokens rotate by themselves.
    step("create a draft application");
    let draft = client
        .boarding()
        .create_draft_application(Application::new())
        .send()
        .await?;
    let id = match draft
        .application_id
        .or(draft.id)
        .ok_or("no application id")?
    {
        ApplicationId::Integer(number) => number.to_string(),
        ApplicationId::String(text) => text,
    };
    println!("draft application {id}");

    step("update the draft");
    let business = BusinessInformation::new().business_email("owner@example.com");
    let update = Application::new().business_information(business);
    client
        .boarding()
        .update_draft_application(&id, update)
        .send()
        .await?;

    step("submit the draft");
    let submitted = client
        .boarding()
        .submit_draft_application(id)
        .send()
        .await?;
    println!("sign at {:?}", submitted.url_for_signing);
    Ok(())
}
