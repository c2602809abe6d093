use std::sync::Arc;

/// The environments the API documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Environment {
    /// The `sandbox` environment.
    ///
    /// Base URL: `https://sandbox.example.test`
    Sandbox,
}

impl Environment {
    /// The base URL of the environment.
    pub fn base_url(self) -> &'static str {
        match self {
            Self::Sandbox => "https://sandbox.example.test",
        }
    }

    /// The environment's key in the spec (`x-environment`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Sandbox => "sandbox",
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
    /// `X-Tenant`.
    pub(crate) x_tenant: Option<String>,
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

    /// The 3 operations tagged `orders`: `list_orders`, `create_order` and `get_orders_id_receipt`.
    #[cfg(feature = "orders")]
    pub fn orders(&self) -> crate::operations::orders::OrdersApi<'_> {
        crate::operations::orders::OrdersApi { client: self }
    }

    /// The operation tagged `auth`: `token`.
    #[cfg(feature = "auth")]
    pub fn auth(&self) -> crate::operations::auth::AuthApi<'_> {
        crate::operations::auth::AuthApi { client: self }
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

    /// Authenticates `bearerAuth` (a bearer token) with your own provider.
    pub fn bearer_auth_provider(
        mut self,
        provider: impl paygen_runtime::auth::AuthProvider + 'static,
    ) -> Self {
        self.providers.retain(|(scheme, _)| *scheme != "bearerAuth");
        self.providers.push(("bearerAuth", Arc::new(provider)));
        self
    }

    /// Authenticates `bearerAuth` (a bearer token).
    ///
    /// A fixed token: it is never refreshed.
    pub fn bearer_token(self, token: impl Into<paygen_runtime::Secret>) -> Self {
        self.bearer_auth_provider(paygen_runtime::auth::Bearer::new(token))
    }

    /// Text.
    ///
    /// Sent as the `X-Tenant` header of every call that takes it, unless the call sets its own with its `x_tenant` setter.
    pub fn x_tenant(mut self, value: impl Into<String>) -> Self {
        self.defaults.x_tenant = Some(value.into());
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
        let mut core = paygen_runtime::CoreBuilder::new(concat!(
            "fixture-operations/",
            env!("CARGO_PKG_VERSION")
        ))
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
        core = core.request_id_header("X-Request-Id");
        for (scheme, provider) in self.providers {
            core = core.auth(scheme, provider);
        }
        let core = core.build().map_err(paygen_runtime::Error::Config)?;
        Ok(Client {
            core: Arc::new(core),
            defaults: self.defaults,
        })
    }
}
