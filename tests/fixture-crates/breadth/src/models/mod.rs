#[cfg(feature = "items")]
mod bank;
#[cfg(feature = "items")]
pub use bank::Bank;
#[cfg(feature = "items")]
mod card;
#[cfg(feature = "items")]
pub use card::Card;
mod cat;
pub use cat::Cat;
#[cfg(feature = "items")]
mod contact;
#[cfg(feature = "items")]
pub use contact::Contact;
#[cfg(feature = "items")]
mod contact_phone;
#[cfg(feature = "items")]
pub use contact_phone::ContactPhone;
#[cfg(feature = "items")]
mod create_item_response;
#[cfg(feature = "items")]
pub use create_item_response::CreateItemResponse;
mod dog;
pub use dog::Dog;
#[cfg(feature = "items")]
mod get_items_id_range;
#[cfg(feature = "items")]
pub use get_items_id_range::GetItemsIdRange;
#[cfg(feature = "notes")]
mod import_items_request;
#[cfg(feature = "notes")]
pub use import_items_request::ImportItemsRequest;
#[cfg(feature = "items")]
mod item;
#[cfg(feature = "items")]
pub use item::Item;
#[cfg(feature = "items")]
mod item_address;
#[cfg(feature = "items")]
pub use item_address::ItemAddress;
#[cfg(feature = "items")]
mod item_closed;
#[cfg(feature = "items")]
pub use item_closed::ItemClosed;
#[cfg(feature = "items")]
mod item_form;
#[cfg(feature = "items")]
pub use item_form::ItemForm;
#[cfg(feature = "items")]
mod item_patch;
#[cfg(feature = "items")]
pub use item_patch::ItemPatch;
#[cfg(feature = "items")]
mod job;
#[cfg(feature = "items")]
pub use job::Job;
#[cfg(feature = "items")]
mod level;
#[cfg(feature = "items")]
pub use level::Level;
mod lion;
pub use lion::Lion;
#[cfg(feature = "items")]
mod node;
#[cfg(feature = "items")]
pub use node::Node;
#[cfg(feature = "items")]
mod payment_method;
#[cfg(feature = "items")]
pub use payment_method::PaymentMethod;
mod pet;
pub use pet::Pet;
mod problem;
pub use problem::Problem;
#[cfg(feature = "notes")]
mod replace_note_request;
#[cfg(feature = "notes")]
pub use replace_note_request::ReplaceNoteRequest;
#[cfg(feature = "items")]
mod status;
#[cfg(feature = "items")]
pub use status::Status;
#[cfg(feature = "items")]
mod update_item_response;
#[cfg(feature = "items")]
pub use update_item_response::UpdateItemResponse;
#[cfg(feature = "notes")]
mod upload_request;
#[cfg(feature = "notes")]
pub use upload_request::UploadRequest;
#[cfg(feature = "items")]
mod voucher;
#[cfg(feature = "items")]
pub use voucher::Voucher;
#[cfg(feature = "items")]
mod wallet;
#[cfg(feature = "items")]
pub use wallet::Wallet;
