#[cfg(feature = "accounts")]
mod filter;
#[cfg(feature = "accounts")]
pub use filter::Filter;
#[cfg(feature = "accounts")]
mod filter_or_text;
#[cfg(feature = "accounts")]
pub use filter_or_text::FilterOrText;
#[cfg(feature = "accounts")]
mod keywords;
#[cfg(feature = "accounts")]
pub use keywords::Keywords;
#[cfg(feature = "accounts")]
mod keywords_properties;
#[cfg(feature = "accounts")]
pub use keywords_properties::KeywordsProperties;
#[cfg(feature = "accounts")]
mod name_or_id;
#[cfg(feature = "accounts")]
pub use name_or_id::NameOrId;
#[cfg(feature = "accounts")]
mod nothing;
#[cfg(feature = "accounts")]
pub use nothing::Nothing;
#[cfg(feature = "accounts")]
mod sort_by;
#[cfg(feature = "accounts")]
pub use sort_by::SortBy;
#[cfg(feature = "accounts")]
mod window;
#[cfg(feature = "accounts")]
pub use window::Window;
