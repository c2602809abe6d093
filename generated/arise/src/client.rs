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
    pub(crate) defaults: Defaults,
}

/// Values set on the [`ClientBuilder`] for the headers most operations share; every call
/// starts with them and may override them.
#[derive(Clone, Debug, Default)]
pub(crate) struct Defaults {
    /// `x-api-version`.
    pub(crate) x_api_version: Option<String>,
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

    /// Access-token issuance (OAuth 2.0 client credentials) on the separate OAuth host.
    #[cfg(feature = "api-suite-fundamentals")]
    pub fn api_suite_fundamentals(
        &self,
    ) -> crate::operations::api_suite_fundamentals::ApiSuiteFundamentalsApi<'_> {
        crate::operations::api_suite_fundamentals::ApiSuiteFundamentalsApi { client: self }
    }

    /// Create, hold, release, void and refund ACH (bank) debits and credits.
    #[cfg(feature = "ach-transactions")]
    pub fn ach_transactions(&self) -> crate::operations::ach_transactions::AchTransactionsApi<'_> {
        crate::operations::ach_transactions::AchTransactionsApi { client: self }
    }

    /// Catalog categories that group invoice line items.
    #[cfg(feature = "categories")]
    pub fn categories(&self) -> crate::operations::categories::CategoriesApi<'_> {
        crate::operations::categories::CategoriesApi { client: self }
    }

    /// Read-only merchant payment configuration and contact data.
    #[cfg(feature = "configurations")]
    pub fn configurations(&self) -> crate::operations::configurations::ConfigurationsApi<'_> {
        crate::operations::configurations::ConfigurationsApi { client: self }
    }

    /// Customer records and their stored card and bank payment methods.
    #[cfg(feature = "customers")]
    pub fn customers(&self) -> crate::operations::customers::CustomersApi<'_> {
        crate::operations::customers::CustomersApi { client: self }
    }

    /// Mobile devices of the merchant and tap-to-pay enablement.
    #[cfg(feature = "devices")]
    pub fn devices(&self) -> crate::operations::devices::DevicesApi<'_> {
        crate::operations::devices::DevicesApi { client: self }
    }

    /// Invoice lifecycle: drafts, publishing, payment, notifications and PDF download.
    #[cfg(feature = "invoices")]
    pub fn invoices(&self) -> crate::operations::invoices::InvoicesApi<'_> {
        crate::operations::invoices::InvoicesApi { client: self }
    }

    /// Per-merchant invoice defaults.
    #[cfg(feature = "invoices-settings")]
    pub fn invoices_settings(
        &self,
    ) -> crate::operations::invoices_settings::InvoicesSettingsApi<'_> {
        crate::operations::invoices_settings::InvoicesSettingsApi { client: self }
    }

    /// Catalog products and services and the unit types they use.
    #[cfg(feature = "line-items")]
    pub fn line_items(&self) -> crate::operations::line_items::LineItemsApi<'_> {
        crate::operations::line_items::LineItemsApi { client: self }
    }

    /// Affiliate (ISV) management of merchant API keys, plus the affiliate merchant list.
    #[cfg(feature = "merchant-api-keys")]
    pub fn merchant_api_keys(
        &self,
    ) -> crate::operations::merchant_api_keys::MerchantApiKeysApi<'_> {
        crate::operations::merchant_api_keys::MerchantApiKeysApi { client: self }
    }

    /// Hosted payment sessions for paying and/or saving a payment method.
    #[cfg(feature = "payment-sessions")]
    pub fn payment_sessions(&self) -> crate::operations::payment_sessions::PaymentSessionsApi<'_> {
        crate::operations::payment_sessions::PaymentSessionsApi { client: self }
    }

    /// Credential check for the access token.
    #[cfg(feature = "ping")]
    pub fn ping(&self) -> crate::operations::ping::PingApi<'_> {
        crate::operations::ping::PingApi { client: self }
    }

    /// Transactions driven on physical payment terminals.
    #[cfg(feature = "pos-transactions")]
    pub fn pos_transactions(&self) -> crate::operations::pos_transactions::PosTransactionsApi<'_> {
        crate::operations::pos_transactions::PosTransactionsApi { client: self }
    }

    /// One-time and reusable payment links.
    #[cfg(feature = "quick-payments")]
    pub fn quick_payments(&self) -> crate::operations::quick_payments::QuickPaymentsApi<'_> {
        crate::operations::quick_payments::QuickPaymentsApi { client: self }
    }

    /// Settlement batch listing.
    #[cfg(feature = "settlement-batches")]
    pub fn settlement_batches(
        &self,
    ) -> crate::operations::settlement_batches::SettlementBatchesApi<'_> {
        crate::operations::settlement_batches::SettlementBatchesApi { client: self }
    }

    /// Recurring card and ACH payment schedules.
    #[cfg(feature = "subscription")]
    pub fn subscription(&self) -> crate::operations::subscription::SubscriptionApi<'_> {
        crate::operations::subscription::SubscriptionApi { client: self }
    }

    /// Payment terminals of the merchant and their live status.
    #[cfg(feature = "terminals")]
    pub fn terminals(&self) -> crate::operations::terminals::TerminalsApi<'_> {
        crate::operations::terminals::TerminalsApi { client: self }
    }

    /// Card transactions: authorize, sale, capture, refund, void, tips, settlement and receipts.
    #[cfg(feature = "transactions")]
    pub fn transactions(&self) -> crate::operations::transactions::TransactionsApi<'_> {
        crate::operations::transactions::TransactionsApi { client: self }
    }

    /// Transaction auto-fill settings of the merchant.
    #[cfg(feature = "transaction-settings")]
    pub fn transaction_settings(
        &self,
    ) -> crate::operations::transaction_settings::TransactionSettingsApi<'_> {
        crate::operations::transaction_settings::TransactionSettingsApi { client: self }
    }
}

/// What every operation's builder holds besides its parameters: the client and the
/// per-call options. Sending lives here, once for all operations.
#[derive(Clone, Debug)]
pub(crate) struct Call<'a> {
    client: &'a Client,
    pub(crate) options: paygen_runtime::RequestOptions,
}

impl<'a> Call<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Call {
            client,
            options: paygen_runtime::RequestOptions::default(),
        }
    }

    /// Sends `op` and returns the decoded body.
    pub(crate) async fn send<Op>(self, op: Op) -> Result<Op::Output, crate::Error>
    where
        Op: paygen_runtime::Operation<ErrorBody = crate::ErrorBody>,
    {
        Ok(self.send_with_response(op).await?.body)
    }

    /// Sends `op` and returns the body with the status, headers and request id.
    pub(crate) async fn send_with_response<Op>(
        self,
        op: Op,
    ) -> Result<paygen_runtime::Response<Op::Output>, crate::Error>
    where
        Op: paygen_runtime::Operation<ErrorBody = crate::ErrorBody>,
    {
        let (raw, scrubber) = self.execute(op.request()?).await?;
        Op::decode(raw).map_err(|error| scrubber.error(error))
    }

    /// Sends a request an operation built, with this call's options, and returns the
    /// response of any status, undecoded, with what its errors must be scrubbed of (the
    /// request's sensitive values and the client's credentials). Not generic: compiled
    /// once for all operations.
    pub(crate) async fn execute(
        &self,
        mut request: paygen_runtime::ApiRequest,
    ) -> Result<
        (
            paygen_runtime::RawResponse,
            paygen_runtime::redact::Scrubber,
        ),
        crate::Error,
    > {
        request.options = self.options.clone();
        let mut scrubber = std::mem::take(&mut request.sensitive);
        scrubber.credentials_of(self.client.core());
        match self.client.core().execute(request).await {
            Ok(raw) => Ok((raw, scrubber)),
            Err(error) => Err(scrubber.error(error)),
        }
    }
}

impl<'a> Call<'a> {
    /// Walks every page of `op` from the first, yielding items one by one. The stream
    /// ends after the last page, on an empty page, or after the first error.
    pub(crate) fn stream<Op>(
        self,
        op: Op,
    ) -> impl paygen_runtime::futures::Stream<Item = Result<Op::Item, crate::Error>> + 'a
    where
        Op: paygen_runtime::pagination::Paged<ErrorBody = crate::ErrorBody> + Clone + 'a,
    {
        paygen_runtime::pagination::stream(Op::page_spec(), move |page: u64| {
            let mut op = op.clone();
            op.set_page(page);
            let call = self.clone();
            async move {
                let (raw, scrubber) = call.execute(op.request()?).await?;
                if let Err(error) = Op::check_page(&raw) {
                    return Err(scrubber.error(error));
                }
                if !raw.status.is_success() {
                    return Err(scrubber.error(paygen_runtime::api_error(raw)));
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
    defaults: Defaults,
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
    /// A call may set its own with `CallOptions::deadline`.
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

    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the `x-api-version` header of every call that takes it, unless the call sets its own with its `x_api_version` setter.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.defaults.x_api_version = Some(value.into());
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
            defaults: self.defaults,
        })
    }
}
