/// The end customer of a transaction.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Customer {
    /// Your own identifier for the customer. Only meaningful for clients authenticated through the Tokens resource; ignored for customer-token clients.
    pub id: String,
    /// Email address of the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Phone number of the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// First name of the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name of the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
}
