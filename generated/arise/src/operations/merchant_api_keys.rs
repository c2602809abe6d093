use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Affiliate (ISV) management of merchant API keys, plus the affiliate merchant list.
#[derive(Clone, Copy, Debug)]
pub struct MerchantApiKeysApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> MerchantApiKeysApi<'a> {
    /// List merchant API keys
    ///
    /// Lists the API keys (client credentials) of the merchants of the calling affiliate. Requires an affiliate (ISV) token.
    ///
    /// `GET /pay-api/v1/merchants/tokens`
    pub fn list_merchant_api_keys(&self) -> ListMerchantApiKeys<'a> {
        ListMerchantApiKeys {
            client: self.client,
            merchant_id: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Create a merchant API key
    ///
    /// Creates an API key (client id and secret) for a merchant of the calling affiliate. Requires an affiliate (ISV) token; the secret is only returned here.
    ///
    /// `POST /pay-api/v1/merchants/tokens`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_merchant_api_key(
        &self,
        body: crate::models::CreateMerchantApiKeyRequest,
    ) -> CreateMerchantApiKey<'a> {
        CreateMerchantApiKey {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Delete a merchant API key
    ///
    /// Revokes an API key by its client id. Requires an affiliate (ISV) token.
    ///
    /// `DELETE /pay-api/v1/merchants/tokens/{clientId}`
    ///
    /// # Arguments
    /// - `client_id` (`clientId`): Client id of the API key to revoke.
    pub fn delete_merchant_api_key(
        &self,
        client_id: paygen_runtime::Uuid,
    ) -> DeleteMerchantApiKey<'a> {
        DeleteMerchantApiKey {
            client: self.client,
            client_id,
            merchant_id: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// List the affiliate merchants
    ///
    /// Returns one page of the merchants linked to the calling affiliate, with status, MCC and date-range filters.
    ///
    /// `GET /pay-api/v1/merchants`
    ///
    /// Pages: use `.into_stream()` to walk every item.
    pub fn list_merchants(&self) -> ListMerchants<'a> {
        ListMerchants {
            client: self.client,
            page: None,
            page_size: None,
            order_by: None,
            asc: None,
            search: None,
            mcc_code_id: None,
            status_id: None,
            created_from: None,
            created_to: None,
            modified_from: None,
            modified_to: None,
            last_transaction_date_from: None,
            last_transaction_date_to: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `GET /pay-api/v1/merchants/tokens` call; finish it with [`send`](ListMerchantApiKeys::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListMerchantApiKeys<'a> {
    client: &'a Client,
    merchant_id: Option<paygen_runtime::Uuid>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListMerchantApiKeys<'a> {
    /// Identifier of the merchant.
    ///
    /// Sent as the query parameter `merchantId`.
    pub fn merchant_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.merchant_id = Some(value);
        self
    }
    /// Overrides the client's total timeout for this call.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's connect timeout for this call.
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.connect_timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this call.
    pub fn retry(mut self, policy: paygen_runtime::RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }
    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut query = Vec::new();
        if let Some(value) = &self.merchant_id {
            query.push(("merchantId".to_string(), value.to_param()));
        }
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/pay-api/v1/merchants/tokens",
            path: "/pay-api/v1/merchants/tokens".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::ListMerchantApiKeysResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::ListMerchantApiKeysResponse>, crate::Error>
    {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /pay-api/v1/merchants/tokens` call; finish it with [`send`](CreateMerchantApiKey::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateMerchantApiKey<'a> {
    client: &'a Client,
    body: crate::models::CreateMerchantApiKeyRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateMerchantApiKey<'a> {
    /// Overrides the client's total timeout for this call.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's connect timeout for this call.
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.connect_timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this call.
    pub fn retry(mut self, policy: paygen_runtime::RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }
    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let query = Vec::new();
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::POST,
            path_template: "/pay-api/v1/merchants/tokens",
            path: "/pay-api/v1/merchants/tokens".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::CreateMerchantApiKeyResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::CreateMerchantApiKeyResponse>, crate::Error>
    {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `DELETE /pay-api/v1/merchants/tokens/{clientId}` call; finish it with [`send`](DeleteMerchantApiKey::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteMerchantApiKey<'a> {
    client: &'a Client,
    client_id: paygen_runtime::Uuid,
    merchant_id: Option<paygen_runtime::Uuid>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> DeleteMerchantApiKey<'a> {
    /// Identifier of the merchant.
    ///
    /// Sent as the query parameter `merchantId`.
    pub fn merchant_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.merchant_id = Some(value);
        self
    }
    /// Overrides the client's total timeout for this call.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's connect timeout for this call.
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.connect_timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this call.
    pub fn retry(mut self, policy: paygen_runtime::RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }
    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut query = Vec::new();
        if let Some(value) = &self.merchant_id {
            query.push(("merchantId".to_string(), value.to_param()));
        }
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::DELETE,
            path_template: "/pay-api/v1/merchants/tokens/{clientId}",
            path: format!(
                "/pay-api/v1/merchants/tokens/{}",
                paygen_runtime::encode_path_segment(&self.client_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<(), crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(self) -> Result<paygen_runtime::Response<()>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        Ok(paygen_runtime::Response::from_raw(&raw, ()))
    }
}
/// A prepared `GET /pay-api/v1/merchants` call; finish it with [`send`](ListMerchants::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListMerchants<'a> {
    client: &'a Client,
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    search: Option<String>,
    mcc_code_id: Option<i32>,
    status_id: Option<i32>,
    created_from: Option<paygen_runtime::DateTime>,
    created_to: Option<paygen_runtime::DateTime>,
    modified_from: Option<paygen_runtime::DateTime>,
    modified_to: Option<paygen_runtime::DateTime>,
    last_transaction_date_from: Option<paygen_runtime::DateTime>,
    last_transaction_date_to: Option<paygen_runtime::DateTime>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListMerchants<'a> {
    /// Zero-based page index.
    ///
    /// Sent as the query parameter `page`.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }
    /// Page size (items per page).
    ///
    /// Sent as the query parameter `pageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Name of the field used to sort the results.
    ///
    /// Sent as the query parameter `orderBy`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Sort order is ascending.
    ///
    /// Sent as the query parameter `asc`.
    pub fn asc(mut self, value: bool) -> Self {
        self.asc = Some(value);
        self
    }
    /// Search string.
    ///
    /// Sent as the query parameter `search`.
    pub fn search(mut self, value: impl Into<String>) -> Self {
        self.search = Some(value.into());
        self
    }
    /// MCC code filter
    ///
    /// Sent as the query parameter `mccCodeId`.
    pub fn mcc_code_id(mut self, value: i32) -> Self {
        self.mcc_code_id = Some(value);
        self
    }
    /// Merchant status filter.
    ///
    /// Sent as the query parameter `statusId`.
    pub fn status_id(mut self, value: i32) -> Self {
        self.status_id = Some(value);
        self
    }
    /// Only merchants created at or after this moment (ISO 8601, UTC or with offset).
    ///
    /// Sent as the query parameter `createdFrom`.
    pub fn created_from(mut self, value: paygen_runtime::DateTime) -> Self {
        self.created_from = Some(value);
        self
    }
    /// Only merchants created at or before this moment (ISO 8601, UTC or with offset).
    ///
    /// Sent as the query parameter `createdTo`.
    pub fn created_to(mut self, value: paygen_runtime::DateTime) -> Self {
        self.created_to = Some(value);
        self
    }
    /// Only merchants changed at or after this moment (ISO 8601, UTC or with offset).
    ///
    /// Sent as the query parameter `modifiedFrom`.
    pub fn modified_from(mut self, value: paygen_runtime::DateTime) -> Self {
        self.modified_from = Some(value);
        self
    }
    /// Only merchants changed at or before this moment (ISO 8601, UTC or with offset).
    ///
    /// Sent as the query parameter `modifiedTo`.
    pub fn modified_to(mut self, value: paygen_runtime::DateTime) -> Self {
        self.modified_to = Some(value);
        self
    }
    /// Only merchants whose last transaction is at or after this moment (ISO 8601, UTC or with offset).
    ///
    /// Sent as the query parameter `lastTransactionDateFrom`.
    pub fn last_transaction_date_from(mut self, value: paygen_runtime::DateTime) -> Self {
        self.last_transaction_date_from = Some(value);
        self
    }
    /// Only merchants whose last transaction is at or before this moment (ISO 8601, UTC or with offset).
    ///
    /// Sent as the query parameter `lastTransactionDateTo`.
    pub fn last_transaction_date_to(mut self, value: paygen_runtime::DateTime) -> Self {
        self.last_transaction_date_to = Some(value);
        self
    }
    /// Overrides the client's total timeout for this call.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's connect timeout for this call.
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.connect_timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this call.
    pub fn retry(mut self, policy: paygen_runtime::RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }
    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut query = Vec::new();
        if let Some(value) = &self.page {
            query.push(("page".to_string(), value.to_param()));
        }
        if let Some(value) = &self.page_size {
            query.push(("pageSize".to_string(), value.to_param()));
        }
        if let Some(value) = &self.order_by {
            query.push(("orderBy".to_string(), value.to_param()));
        }
        if let Some(value) = &self.asc {
            query.push(("asc".to_string(), value.to_param()));
        }
        if let Some(value) = &self.search {
            query.push(("search".to_string(), value.to_param()));
        }
        if let Some(value) = &self.mcc_code_id {
            query.push(("mccCodeId".to_string(), value.to_param()));
        }
        if let Some(value) = &self.status_id {
            query.push(("statusId".to_string(), value.to_param()));
        }
        if let Some(value) = &self.created_from {
            query.push(("createdFrom".to_string(), value.to_param()));
        }
        if let Some(value) = &self.created_to {
            query.push(("createdTo".to_string(), value.to_param()));
        }
        if let Some(value) = &self.modified_from {
            query.push(("modifiedFrom".to_string(), value.to_param()));
        }
        if let Some(value) = &self.modified_to {
            query.push(("modifiedTo".to_string(), value.to_param()));
        }
        if let Some(value) = &self.last_transaction_date_from {
            query.push(("lastTransactionDateFrom".to_string(), value.to_param()));
        }
        if let Some(value) = &self.last_transaction_date_to {
            query.push(("lastTransactionDateTo".to_string(), value.to_param()));
        }
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/pay-api/v1/merchants",
            path: "/pay-api/v1/merchants".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::ListMerchantsResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::ListMerchantsResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
    /// Walks every page from the first, yielding items one by one. The stream ends after the
    /// last page, on an empty page, or after the first error.
    pub fn into_stream(
        self,
    ) -> impl paygen_runtime::futures::Stream<
        Item = Result<crate::models::ListMerchantsResponseItems, crate::Error>,
    > + 'a {
        let spec = paygen_runtime::pagination::PageSpec {
            first_page: 0u64,
            items: "/items",
            stop: paygen_runtime::pagination::Stop::TotalItems("/total"),
        };
        paygen_runtime::pagination::stream(spec, move |page: u64| {
            let mut call = self.clone();
            call.page = Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let request = call.request()?;
                let raw = call.client.core().execute(request).await?;
                if !raw.status.is_success() {
                    return Err(paygen_runtime::api_error(raw));
                }
                Ok(raw)
            }
        })
    }
}
