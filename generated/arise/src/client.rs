use std::sync::Arc;

/// The environments the API documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Environment {
    /// Sandbox (UAT): isolated test environment, no real money moves.
    ///
    /// Base URL: `https://api.uat.arise.risewithaurora.com`
    Sandbox,
    /// Production.
    ///
    /// Base URL: `https://api.arise.risewithaurora.com`
    Production,
}

impl Environment {
    /// The base URL of the environment.
    pub fn base_url(self) -> &'static str {
        match self {
            Self::Sandbox => "https://api.uat.arise.risewithaurora.com",
            Self::Production => "https://api.arise.risewithaurora.com",
        }
    }

    /// The environment's key in the spec (`x-environment`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Sandbox => "sandbox",
            Self::Production => "production",
        }
    }
}

/// The API client. Cheap to clone: clones share one connection pool and token cache.
#[derive(Clone, Debug)]
pub struct Client {
    core: Arc<paygen_runtime::Core>,
}

impl Client {
    /// Starts configuring a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    pub(crate) fn core(&self) -> &paygen_runtime::Core {
        &self.core
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        self.core.base_url()
    }

    /// Operations tagged `API Suite Fundamentals`.
    pub fn api_suite_fundamentals(
        &self,
    ) -> crate::operations::api_suite_fundamentals::ApiSuiteFundamentalsApi<'_> {
        crate::operations::api_suite_fundamentals::ApiSuiteFundamentalsApi { client: self }
    }

    /// Operations tagged `ACH Transactions`.
    pub fn ach_transactions(&self) -> crate::operations::ach_transactions::AchTransactionsApi<'_> {
        crate::operations::ach_transactions::AchTransactionsApi { client: self }
    }

    /// Operations tagged `Categories`.
    pub fn categories(&self) -> crate::operations::categories::CategoriesApi<'_> {
        crate::operations::categories::CategoriesApi { client: self }
    }

    /// Operations tagged `Configurations`.
    pub fn configurations(&self) -> crate::operations::configurations::ConfigurationsApi<'_> {
        crate::operations::configurations::ConfigurationsApi { client: self }
    }

    /// Operations tagged `Customers`.
    pub fn customers(&self) -> crate::operations::customers::CustomersApi<'_> {
        crate::operations::customers::CustomersApi { client: self }
    }

    /// Operations tagged `Devices`.
    pub fn devices(&self) -> crate::operations::devices::DevicesApi<'_> {
        crate::operations::devices::DevicesApi { client: self }
    }

    /// Operations tagged `Invoices`.
    pub fn invoices(&self) -> crate::operations::invoices::InvoicesApi<'_> {
        crate::operations::invoices::InvoicesApi { client: self }
    }

    /// Operations tagged `Invoices Settings`.
    pub fn invoices_settings(
        &self,
    ) -> crate::operations::invoices_settings::InvoicesSettingsApi<'_> {
        crate::operations::invoices_settings::InvoicesSettingsApi { client: self }
    }

    /// Operations tagged `Line Items`.
    pub fn line_items(&self) -> crate::operations::line_items::LineItemsApi<'_> {
        crate::operations::line_items::LineItemsApi { client: self }
    }

    /// Operations tagged `Merchant API Keys`.
    pub fn merchant_api_keys(
        &self,
    ) -> crate::operations::merchant_api_keys::MerchantApiKeysApi<'_> {
        crate::operations::merchant_api_keys::MerchantApiKeysApi { client: self }
    }

    /// Operations tagged `Payment Sessions`.
    pub fn payment_sessions(&self) -> crate::operations::payment_sessions::PaymentSessionsApi<'_> {
        crate::operations::payment_sessions::PaymentSessionsApi { client: self }
    }

    /// Operations tagged `Ping`.
    pub fn ping(&self) -> crate::operations::ping::PingApi<'_> {
        crate::operations::ping::PingApi { client: self }
    }

    /// Operations tagged `POS Transactions`.
    pub fn pos_transactions(&self) -> crate::operations::pos_transactions::PosTransactionsApi<'_> {
        crate::operations::pos_transactions::PosTransactionsApi { client: self }
    }

    /// Operations tagged `Quick Payments`.
    pub fn quick_payments(&self) -> crate::operations::quick_payments::QuickPaymentsApi<'_> {
        crate::operations::quick_payments::QuickPaymentsApi { client: self }
    }

    /// Operations tagged `Settlement Batches`.
    pub fn settlement_batches(
        &self,
    ) -> crate::operations::settlement_batches::SettlementBatchesApi<'_> {
        crate::operations::settlement_batches::SettlementBatchesApi { client: self }
    }

    /// Operations tagged `Subscription`.
    pub fn subscription(&self) -> crate::operations::subscription::SubscriptionApi<'_> {
        crate::operations::subscription::SubscriptionApi { client: self }
    }

    /// Operations tagged `Terminals`.
    pub fn terminals(&self) -> crate::operations::terminals::TerminalsApi<'_> {
        crate::operations::terminals::TerminalsApi { client: self }
    }

    /// Operations tagged `Transactions`.
    pub fn transactions(&self) -> crate::operations::transactions::TransactionsApi<'_> {
        crate::operations::transactions::TransactionsApi { client: self }
    }

    /// Operations tagged `Transaction Settings`.
    pub fn transaction_settings(
        &self,
    ) -> crate::operations::transaction_settings::TransactionSettingsApi<'_> {
        crate::operations::transaction_settings::TransactionSettingsApi { client: self }
    }
}

/// A prepared call of one operation: the operation's parameters (`Op`, set through the
/// methods the operation adds here) and per-call options. Nothing is sent until
/// [`send`](Call::send) or [`send_with_response`](Call::send_with_response) is awaited.
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct Call<'a, Op> {
    client: &'a Client,
    pub(crate) op: Op,
    options: paygen_runtime::RequestOptions,
}

impl<'a, Op> Call<'a, Op> {
    pub(crate) fn new(client: &'a Client, op: Op) -> Self {
        Call {
            client,
            op,
            options: paygen_runtime::RequestOptions::default(),
        }
    }

    /// Overrides the client's per-attempt timeout for this call: the time one attempt
    /// (token fetching, sending, reading the whole body) may take. A timed-out attempt
    /// may be retried, so the call as a whole can take longer; see
    /// [`deadline`](Self::deadline).
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Overrides the client's deadline for this call: the time the whole call may take,
    /// every attempt and the waits between retries included. When it passes, the call
    /// ends with `Error::Deadline`; a retry that could not finish in time is not
    /// started and the last answer is returned instead.
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
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
}

impl<Op: paygen_runtime::Operation<ErrorBody = crate::ErrorBody>> Call<'_, Op> {
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<Op::Output, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }

    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<Op::Output>, crate::Error> {
        Op::decode(self.execute().await?)
    }

    /// Sends the request and returns the response of any status, undecoded.
    pub(crate) async fn execute(self) -> Result<paygen_runtime::RawResponse, crate::Error> {
        let mut request = self.op.request()?;
        request.options = self.options;
        self.client.core().execute(request).await
    }
}

impl<'a, Op> Call<'a, Op>
where
    Op: paygen_runtime::pagination::Paged<ErrorBody = crate::ErrorBody> + Clone + 'a,
{
    /// Walks every page from the first, yielding items one by one. The stream ends after
    /// the last page, on an empty page, or after the first error.
    pub fn into_stream(
        self,
    ) -> impl paygen_runtime::futures::Stream<Item = Result<Op::Item, crate::Error>> + 'a {
        paygen_runtime::pagination::stream(Op::page_spec(), move |page: u64| {
            let mut call = self.clone();
            call.op.set_page(page);
            async move {
                let raw = call.execute().await?;
                Op::check_page(&raw)?;
                if !raw.status.is_success() {
                    return Err(paygen_runtime::api_error(raw));
                }
                Ok(raw)
            }
        })
    }
}

/// Configures a [`Client`]: environment or base URL, credentials, timeouts, retries.
#[derive(Debug, Default)]
#[must_use]
pub struct ClientBuilder {
    environment: Option<Environment>,
    base_url: Option<String>,
    timeout: Option<std::time::Duration>,
    deadline: Option<std::time::Duration>,
    connect_timeout: Option<std::time::Duration>,
    retry: Option<paygen_runtime::RetryPolicy>,
    http_client: Option<paygen_runtime::reqwest::Client>,
    providers: Vec<(&'static str, Arc<dyn paygen_runtime::auth::AuthProvider>)>,
    token_url: Option<String>,
    bearer_credentials: Option<(String, paygen_runtime::Secret)>,
}

impl ClientBuilder {
    /// Talks to one of the documented environments.
    pub fn environment(mut self, environment: Environment) -> Self {
        self.environment = Some(environment);
        self
    }

    /// Talks to another base URL (a mock server, a proxy, a private deployment).
    ///
    /// Token endpoints on the API host follow it. The OAuth2 token endpoint is on
    /// another host: set it with [`token_url`](Self::token_url), or
    /// [`build`](Self::build) fails (credentials never go to the vendor's token host for
    /// a base URL of your own, unless you also choose its
    /// [`environment`](Self::environment)).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Time allowed for one attempt of a request (default 30 s): fetching a token,
    /// sending and reading the whole body. Retries each get this time again; to bound a
    /// call as a whole, set a [`deadline`](Self::deadline).
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Time allowed for a whole call, every attempt and the waits between retries
    /// included (default: none, a call is bounded by its attempts' timeouts and the
    /// retry policy). When it passes, the call ends with `Error::Deadline`; a retry that
    /// could not finish in time is not started and the last answer is returned instead.
    /// A call may set its own with `Call::deadline`.
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.deadline = Some(deadline);
        self
    }

    /// Time allowed to open a connection.
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// How transient failures are retried.
    pub fn retry(mut self, policy: paygen_runtime::RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// Uses your own `reqwest::Client` (proxies, TLS roots, connection limits).
    ///
    /// Your client keeps its own redirect policy. The client this crate builds follows
    /// a redirect only on the same scheme, host and port, so credentials never follow
    /// one to another host or from https to http; give yours the same policy with
    /// `.redirect(paygen_runtime::redirect_policy())` on its builder.
    pub fn http_client(mut self, client: paygen_runtime::reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// Authenticates `Bearer` (OAuth2 client credentials) with your own provider.
    pub fn bearer_provider(
        mut self,
        provider: impl paygen_runtime::auth::AuthProvider + 'static,
    ) -> Self {
        self.providers.retain(|(scheme, _)| *scheme != "Bearer");
        self.providers.push(("Bearer", Arc::new(provider)));
        self
    }

    /// Authenticates `Bearer` (OAuth2 client credentials).
    ///
    /// OAuth 2.0 client credentials. The API key (client id and secret) is exchanged at the OAuth host of the environment for a bearer token sent as "Authorization: Bearer &lt;token&gt;". The documented default sends client_id and client_secret in the form body (the parameter table); the curl example shows HTTP Basic, which is also accepted. Affiliate (ISV) tokens are needed for the merchant API-key endpoints; all other endpoints act on the merchant of the token.
    pub fn client_credentials(
        mut self,
        client_id: impl Into<String>,
        client_secret: impl Into<paygen_runtime::Secret>,
    ) -> Self {
        self.bearer_credentials = Some((client_id.into(), client_secret.into()));
        self
    }

    /// Sends OAuth2 token requests (and with them the client secret) to this URL instead
    /// of the environment's token URL. Needed with a custom base URL, such as a mock
    /// server or a private deployment: [`build`](Self::build) then fails without it
    /// rather than send credentials to a host you did not choose.
    pub fn token_url(mut self, url: impl Into<String>) -> Self {
        self.token_url = Some(url.into());
        self
    }

    /// The environment in effect: the one chosen, or the default.
    fn chosen_environment(&self) -> Option<Environment> {
        self.environment.or(Some(Environment::Sandbox))
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client, crate::Error> {
        let environment = self.chosen_environment();
        let base_url = match (&self.base_url, environment) {
            (Some(url), _) => url.clone(),
            (None, Some(environment)) => environment.base_url().to_string(),
            (None, None) => {
                return Err(paygen_runtime::Error::Config(
                    paygen_runtime::ConfigError::Other(
                        "no base URL: call `.base_url(..)` or `.environment(..)`".to_string(),
                    ),
                ));
            }
        };
        let mut core =
            paygen_runtime::CoreBuilder::new(concat!("arise-client/", env!("CARGO_PKG_VERSION")))
                .base_url(base_url);
        if let Some(timeout) = self.timeout {
            core = core.timeout(timeout);
        }
        core = core.deadline(self.deadline);
        if let Some(timeout) = self.connect_timeout {
            core = core.connect_timeout(timeout);
        }
        if let Some(retry) = self.retry {
            core = core.retry(retry);
        }
        if let Some(client) = self.http_client {
            core = core.http_client(client);
        }
        for (scheme, provider) in self.providers {
            core = core.auth(scheme, provider);
        }
        if !core.has_auth("Bearer") {
            if let Some((client_id, client_secret)) = &self.bearer_credentials {
                let token_url: String = match (
                    &self.token_url,
                    self.environment
                        .or(if self.base_url.is_none() {
                            environment
                        } else {
                            None
                        })
                        .map(Environment::key),
                ) {
                    (Some(url), _) => url.clone(),
                    (None, Some("sandbox")) => {
                        "https://oauth.uat.arise.risewithaurora.com/oauth2/token".to_string()
                    }
                    (None, Some("production")) => {
                        "https://oauth.arise.risewithaurora.com/oauth2/token".to_string()
                    }
                    (None, None) => {
                        return Err(
                            paygen_runtime::Error::Config(
                                paygen_runtime::ConfigError::Other(
                                    "a custom base URL needs the OAuth2 token endpoint too: call `.token_url(..)` (or choose an `.environment(..)`); credentials are not sent to the vendor's token host for a base URL of your own"
                                        .to_string(),
                                ),
                            ),
                        );
                    }
                    (None, Some(_)) => {
                        "https://oauth.arise.risewithaurora.com/oauth2/token".to_string()
                    }
                };
                core = core.auth(
                    "Bearer",
                    Arc::new(
                        paygen_runtime::auth::OAuth2ClientCredentials::new(
                            token_url,
                            client_id.clone(),
                            client_secret.clone(),
                        )
                        .scope("offline_access")
                        .client_auth(paygen_runtime::auth::ClientAuth::Body),
                    ),
                );
            }
        }
        let core = core.build().map_err(paygen_runtime::Error::Config)?;
        Ok(Client {
            core: Arc::new(core),
        })
    }
}
