mod animal;
pub use animal::Animal;
#[cfg(feature = "cards")]
mod card_holder;
#[cfg(feature = "cards")]
pub use card_holder::CardHolder;
#[cfg(feature = "cards")]
mod card_request;
#[cfg(feature = "cards")]
pub use card_request::CardRequest;
#[cfg(feature = "cards")]
mod credential;
#[cfg(feature = "cards")]
pub use credential::Credential;
mod kind;
pub use kind::Kind;
mod merged;
pub use merged::Merged;
mod pet;
pub use pet::Pet;
mod pet_owner;
pub use pet_owner::PetOwner;
mod problem;
pub use problem::Problem;
mod size;
pub use size::Size;
#[cfg(feature = "things")]
mod thing_attributes;
#[cfg(feature = "things")]
pub use thing_attributes::ThingAttributes;
#[cfg(feature = "things")]
mod thing_data;
#[cfg(feature = "things")]
pub use thing_data::ThingData;
#[cfg(feature = "things")]
mod thing_request;
#[cfg(feature = "things")]
pub use thing_request::ThingRequest;
