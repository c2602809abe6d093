/// JSON:API error document returned with every 4xx and 5xx status.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ErrorDocument {
    /// One entry per problem found.
    pub errors: Vec<super::ErrorObject>,
}
