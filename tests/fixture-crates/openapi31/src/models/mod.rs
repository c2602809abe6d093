mod address;
pub use address::Address;
mod brand;
pub use brand::Brand;
mod card;
pub use card::Card;
mod card_metadata;
pub use card_metadata::CardMetadata;
mod card_reference;
pub use card_reference::CardReference;
mod card_updated_webhook;
pub use card_updated_webhook::CardUpdatedWebhook;
#[cfg(feature = "cards")]
mod new_card;
#[cfg(feature = "cards")]
pub use new_card::NewCard;
mod problem;
pub use problem::Problem;
mod status;
pub use status::Status;
