use crate::client::{Call, Client};
use paygen_runtime::Response;
use paygen_runtime::futures::Stream;
use std::future::Future;

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
            call: Call::new(self.client),
            merchant_id: None,
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
        body: impl Into<crate::models::CreateMerchantApiKeyRequest>,
    ) -> CreateMerchantApiKey<'a> {
        CreateMerchantApiKey {
            call: Call::new(self.client),
            body: body.into(),
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
            call: Call::new(self.client),
            client_id,
            merchant_id: None,
        }
    }

    /// List the affiliate merchants
    ///
    /// Returns one page of the merchants linked to the calling affiliate, with status, MCC and date-range filters.
    ///
    /// `GET /pay-api/v1/merchants`
    ///
    /// Pages: [`into_stream`](ListMerchants::into_stream) on the returned call walks every item.
    pub fn list_merchants(&self) -> ListMerchants<'a> {
        ListMerchants {
            call: Call::new(self.client),
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
        }
    }
}

/// List merchant API keys
///
/// `GET /pay-api/v1/merchants/tokens`, started by [`MerchantApiKeysApi::list_merchant_api_keys`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListMerchantApiKeys<'a> {
    call: Call<'a>,
    merchant_id: Option<paygen_runtime::Uuid>,
}

impl<'a> ListMerchantApiKeys<'a> {
    /// Query parameter `merchantId`: Identifier of the merchant.
    pub fn merchant_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.merchant_id = Some(value);
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::ListMerchantApiKeysResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::ListMerchantApiKeysResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for ListMerchantApiKeys<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListMerchantApiKeys<'_> {
    type Output = crate::models::ListMerchantApiKeysResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-api/v1/merchants/tokens",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.merchant_id {
            request.query("merchantId", value);
        }
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Create a merchant API key
///
/// `POST /pay-api/v1/merchants/tokens`, started by [`MerchantApiKeysApi::create_merchant_api_key`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateMerchantApiKey<'a> {
    call: Call<'a>,
    body: crate::models::CreateMerchantApiKeyRequest,
}

impl<'a> CreateMerchantApiKey<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::CreateMerchantApiKeyResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::CreateMerchantApiKeyResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateMerchantApiKey<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateMerchantApiKey<'_> {
    type Output = crate::models::CreateMerchantApiKeyResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/merchants/tokens",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.body = paygen_runtime::json_body(&self.body)?;
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Delete a merchant API key
///
/// `DELETE /pay-api/v1/merchants/tokens/{clientId}`, started by [`MerchantApiKeysApi::delete_merchant_api_key`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteMerchantApiKey<'a> {
    call: Call<'a>,
    client_id: paygen_runtime::Uuid,
    merchant_id: Option<paygen_runtime::Uuid>,
}

impl<'a> DeleteMerchantApiKey<'a> {
    /// Query parameter `merchantId`: Identifier of the merchant.
    pub fn merchant_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.merchant_id = Some(value);
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<(), crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<()>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for DeleteMerchantApiKey<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for DeleteMerchantApiKey<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::DELETE,
        path: "/pay-api/v1/merchants/tokens/{clientId}",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("clientId", &self.client_id);
        if let Some(value) = &self.merchant_id {
            request.query("merchantId", value);
        }
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}

/// List the affiliate merchants
///
/// `GET /pay-api/v1/merchants`, started by [`MerchantApiKeysApi::list_merchants`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListMerchants<'a> {
    call: Call<'a>,
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
}

impl<'a> ListMerchants<'a> {
    /// Query parameter `page`: Zero-based page index.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }

    /// Query parameter `pageSize`: Page size (items per page).
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }

    /// Query parameter `orderBy`: Name of the field used to sort the results.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }

    /// Query parameter `asc`: Sort order is ascending.
    pub fn asc(mut self, value: bool) -> Self {
        self.asc = Some(value);
        self
    }

    /// Query parameter `search`: Search string.
    pub fn search(mut self, value: impl Into<String>) -> Self {
        self.search = Some(value.into());
        self
    }

    /// Query parameter `mccCodeId`: MCC code filter
    pub fn mcc_code_id(mut self, value: i32) -> Self {
        self.mcc_code_id = Some(value);
        self
    }

    /// Query parameter `statusId`: Merchant status filter.
    pub fn status_id(mut self, value: i32) -> Self {
        self.status_id = Some(value);
        self
    }

    /// Query parameter `createdFrom`: Only merchants created at or after this moment (ISO 8601, UTC or with offset).
    pub fn created_from(mut self, value: impl Into<paygen_runtime::DateTime>) -> Self {
        self.created_from = Some(value.into());
        self
    }

    /// Query parameter `createdTo`: Only merchants created at or before this moment (ISO 8601, UTC or with offset).
    pub fn created_to(mut self, value: impl Into<paygen_runtime::DateTime>) -> Self {
        self.created_to = Some(value.into());
        self
    }

    /// Query parameter `modifiedFrom`: Only merchants changed at or after this moment (ISO 8601, UTC or with offset).
    pub fn modified_from(mut self, value: impl Into<paygen_runtime::DateTime>) -> Self {
        self.modified_from = Some(value.into());
        self
    }

    /// Query parameter `modifiedTo`: Only merchants changed at or before this moment (ISO 8601, UTC or with offset).
    pub fn modified_to(mut self, value: impl Into<paygen_runtime::DateTime>) -> Self {
        self.modified_to = Some(value.into());
        self
    }

    /// Query parameter `lastTransactionDateFrom`: Only merchants whose last transaction is at or after this moment (ISO 8601, UTC or with offset).
    pub fn last_transaction_date_from(
        mut self,
        value: impl Into<paygen_runtime::DateTime>,
    ) -> Self {
        self.last_transaction_date_from = Some(value.into());
        self
    }

    /// Query parameter `lastTransactionDateTo`: Only merchants whose last transaction is at or before this moment (ISO 8601, UTC or with offset).
    pub fn last_transaction_date_to(mut self, value: impl Into<paygen_runtime::DateTime>) -> Self {
        self.last_transaction_date_to = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::ListMerchantsResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::ListMerchantsResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }

    /// Walks every page from the first, yielding items one by one. The stream ends after
    /// the last page, on an empty page, or after the first error.
    #[inline]
    pub fn into_stream(
        self,
    ) -> impl Stream<Item = Result<crate::models::ListMerchantsResponseItems, crate::Error>> + 'a
    {
        self.call.clone().stream(self)
    }
}

impl paygen_runtime::CallOptions for ListMerchants<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListMerchants<'_> {
    type Output = crate::models::ListMerchantsResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-api/v1/merchants",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.page {
            request.query("page", value);
        }
        if let Some(value) = &self.page_size {
            request.query("pageSize", value);
        }
        if let Some(value) = &self.order_by {
            request.query("orderBy", value);
        }
        if let Some(value) = &self.asc {
            request.query("asc", value);
        }
        if let Some(value) = &self.search {
            request.query("search", value);
        }
        if let Some(value) = &self.mcc_code_id {
            request.query("mccCodeId", value);
        }
        if let Some(value) = &self.status_id {
            request.query("statusId", value);
        }
        if let Some(value) = &self.created_from {
            request.query("createdFrom", value);
        }
        if let Some(value) = &self.created_to {
            request.query("createdTo", value);
        }
        if let Some(value) = &self.modified_from {
            request.query("modifiedFrom", value);
        }
        if let Some(value) = &self.modified_to {
            request.query("modifiedTo", value);
        }
        if let Some(value) = &self.last_transaction_date_from {
            request.query("lastTransactionDateFrom", value);
        }
        if let Some(value) = &self.last_transaction_date_to {
            request.query("lastTransactionDateTo", value);
        }
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

impl paygen_runtime::pagination::Paged for ListMerchants<'_> {
    type Item = crate::models::ListMerchantsResponseItems;

    fn page_spec() -> paygen_runtime::pagination::PageSpec {
        paygen_runtime::pagination::PageSpec {
            first_page: 0u64,
            items: "/items",
            stop: paygen_runtime::pagination::Stop::TotalItems("/total"),
        }
    }

    fn set_page(&mut self, page: u64) {
        self.page = Some(i32::try_from(page).unwrap_or(i32::MAX));
    }
}
