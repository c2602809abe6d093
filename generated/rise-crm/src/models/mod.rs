#[cfg(feature = "boarding")]
mod application;
#[cfg(feature = "boarding")]
pub use application::Application;
#[cfg(feature = "boarding")]
mod application_id;
#[cfg(feature = "boarding")]
pub use application_id::ApplicationId;
#[cfg(feature = "boarding")]
mod application_submission;
#[cfg(feature = "boarding")]
pub use application_submission::ApplicationSubmission;
#[cfg(feature = "boarding")]
mod business_information;
#[cfg(feature = "boarding")]
pub use business_information::BusinessInformation;
#[cfg(feature = "boarding")]
mod draft_application;
#[cfg(feature = "boarding")]
pub use draft_application::DraftApplication;
#[cfg(feature = "auth")]
mod password_grant_request;
#[cfg(feature = "auth")]
pub use password_grant_request::PasswordGrantRequest;
#[cfg(feature = "auth")]
mod refresh_token_grant_request;
#[cfg(feature = "auth")]
pub use refresh_token_grant_request::RefreshTokenGrantRequest;
#[cfg(feature = "auth")]
mod token_request;
#[cfg(feature = "auth")]
pub use token_request::TokenRequest;
#[cfg(feature = "auth")]
mod token_response;
#[cfg(feature = "auth")]
pub use token_response::TokenResponse;
