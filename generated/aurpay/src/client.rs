use std::sync::Arc;

/// The environments the API documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Environment {
    /// Aurpay production host (the only host seen in the documentation and plugins; test mode appears to be per account)
    ///
    /// Base URL: `https://dashboard.aurpay.net`
    Production,
}

impl Environment {
    /// The base URL of the environment.
    pub fn base_url(self) -> &'static str {
        match self {
            Self::Production => "https://dashboard.aurpay.net",
        }
    }

    /// The environment's key in the spec (`x-environment`).
    pub fn key(self) -> &'static str {
        match self {
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

    /// Exchange dashboard credentials for an API key.
    #[cfg(feature = "auth")]
    pub fn auth(&self) -> crate::operations::auth::AuthApi<'_> {
        crate::operations::auth::AuthApi { client: self }
    }

    /// Bitcoin Lightning Network (BLN) balance, invoices (orders) and withdrawals.
    #[cfg(feature = "lightning")]
    pub fn lightning(&self) -> crate::operations::lightning::LightningApi<'_> {
        crate::operations::lightning::LightningApi { client: self }
    }

    /// Crypto payment orders, transactions, refunds and the supported currency lists.
    #[cfg(feature = "order")]
    pub fn order(&self) -> crate::operations::order::OrderApi<'_> {
        crate::operations::order::OrderApi { client: self }
    }

    /// Merchant custodial wallets, balance withdrawals and self-custody wallets.
    #[cfg(feature = "wallets")]
    pub fn wallets(&self) -> crate::operations::wallets::WalletsApi<'_> {
        crate::operations::wallets::WalletsApi { client: self }
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
}

impl ClientBuilder {
    /// Talks to one of the documented environments.
    pub fn environment(mut self, environment: Environment) -> Self {
        self.environment = Some(environment);
        self
    }

    /// Talks to another base URL (a mock server, a proxy, a private deployment). Token
    /// and login endpoints on the API host follow it.
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

    /// Authenticates `apiKey` (a key in the `API-Key` header) with your own provider.
    pub fn api_key_provider(
        mut self,
        provider: impl paygen_runtime::auth::AuthProvider + 'static,
    ) -> Self {
        self.providers.retain(|(scheme, _)| *scheme != "apiKey");
        self.providers.push(("apiKey", Arc::new(provider)));
        self
    }

    /// Authenticates `apiKey` (a key in the `API-Key` header).
    ///
    /// API key from the dashboard or from `POST /api/plugin/key/aurpay`
    /// (`data.access_token`, a JWT-like string). The documentation recommends it for
    /// testing environments only.
    pub fn api_key(self, key: impl Into<paygen_runtime::Secret>) -> Self {
        self.api_key_provider(paygen_runtime::auth::ApiKey::header("API-Key", key))
    }

    /// Authenticates `signature` (HMAC-SHA256 request signatures in `Signature`) with your own provider.
    pub fn signature_provider(
        mut self,
        provider: impl paygen_runtime::auth::AuthProvider + 'static,
    ) -> Self {
        self.providers.retain(|(scheme, _)| *scheme != "signature");
        self.providers.push(("signature", Arc::new(provider)));
        self
    }

    /// Authenticates `signature` (HMAC-SHA256 request signatures in `Signature`).
    ///
    /// Signature authentication: the API Token and API Secret come from the dashboard's
    /// API management page. Each request carries the token in `API-Token`, the current
    /// time (ISO-8601 UTC) in `Date`, and in `Signature` the Base64 HMAC-SHA256, keyed
    /// with the API Secret, of `{date}|{method}|{url}|{body}`: the `Date` value, the
    /// upper-case HTTP method, the full request URL including the query string, and the
    /// raw request body (empty for GET).
    pub fn signature(
        self,
        key: impl Into<paygen_runtime::Secret>,
        secret: impl Into<paygen_runtime::Secret>,
    ) -> Self {
        let signer = paygen_runtime::auth::HmacRequestSigner::new(
            secret,
            "{date}|{method}|{url}|{body}",
            "Signature",
        )
        .timestamp_header("Date", paygen_runtime::auth::TimestampFormat::Rfc3339)
        .static_header("API-Token", key);
        self.signature_provider(paygen_runtime::auth::Signed::new(Arc::new(signer)))
    }

    /// The environment in effect: the one chosen, or the default.
    fn chosen_environment(&self) -> Option<Environment> {
        self.environment.or(Some(Environment::Production))
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
            paygen_runtime::CoreBuilder::new(concat!("aurpay-client/", env!("CARGO_PKG_VERSION")))
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
        let core = core.build().map_err(paygen_runtime::Error::Config)?;
        Ok(Client {
            core: Arc::new(core),
        })
    }
}
