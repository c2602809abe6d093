/// JSON:API error document returned with every 4xx and 5xx status.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ErrorDocument {
    /// One entry per problem found.
    pub errors: Vec<super::ErrorObject>,
}
