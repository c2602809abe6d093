use std::sync::Arc;

/// The environments the API documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Environment {
    /// Public playground for proofs of concept, with published shared credentials.
    ///
    /// Base URL: `https://playground-api.raise.com/business/v2`
    Playground,
    /// Sandbox for registered clients: production-like behaviour with test and mocked data.
    ///
    /// Base URL: `https://sandbox-commerce-api.raise.com/business/v2`
    Sandbox,
    /// Production, live transactions.
    ///
    /// Base URL: `https://commerce-api.raise.com/business/v2`
    Production,
}

impl Environment {
    /// The base URL of the environment.
    pub fn base_url(self) -> &'static str {
        match self {
            Self::Playground => "https://playground-api.raise.com/business/v2",
            Self::Sandbox => "https://sandbox-commerce-api.raise.com/business/v2",
            Self::Production => "https://commerce-api.raise.com/business/v2",
        }
    }

    /// The environment's key in the spec (`x-environment`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Playground => "playground",
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

    /// Operations tagged `Tokens`.
    pub fn tokens(&self) -> crate::operations::tokens::TokensApi<'_> {
        crate::operations::tokens::TokensApi { client: self }
    }

    /// Operations tagged `Auth`.
    pub fn auth(&self) -> crate::operations::auth::AuthApi<'_> {
        crate::operations::auth::AuthApi { client: self }
    }

    /// Operations tagged `Balance`.
    pub fn balance(&self) -> crate::operations::balance::BalanceApi<'_> {
        crate::operations::balance::BalanceApi { client: self }
    }

    /// Operations tagged `Brands`.
    pub fn brands(&self) -> crate::operations::brands::BrandsApi<'_> {
        crate::operations::brands::BrandsApi { client: self }
    }

    /// Operations tagged `Categories`.
    pub fn categories(&self) -> crate::operations::categories::CategoriesApi<'_> {
        crate::operations::categories::CategoriesApi { client: self }
    }

    /// Operations tagged `Countries`.
    pub fn countries(&self) -> crate::operations::countries::CountriesApi<'_> {
        crate::operations::countries::CountriesApi { client: self }
    }

    /// Operations tagged `Transactions`.
    pub fn transactions(&self) -> crate::operations::transactions::TransactionsApi<'_> {
        crate::operations::transactions::TransactionsApi { client: self }
    }

    /// Operations tagged `Cards`.
    pub fn cards(&self) -> crate::operations::cards::CardsApi<'_> {
        crate::operations::cards::CardsApi { client: self }
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
    basic_auth_credentials: Option<(String, paygen_runtime::Secret)>,
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

    /// Authenticates `basicAuth` (HTTP Basic) with your own provider.
    pub fn basic_auth_provider(
        mut self,
        provider: impl paygen_runtime::auth::AuthProvider + 'static,
    ) -> Self {
        self.providers.retain(|(scheme, _)| *scheme != "basicAuth");
        self.providers.push(("basicAuth", Arc::new(provider)));
        self
    }

    /// Authenticates `basicAuth` (HTTP Basic).
    ///
    /// HTTP Basic with the client id as user name and the client secret as password. Used only by the token and customer-auth calls.
    pub fn basic_auth(
        mut self,
        username: impl Into<String>,
        password: impl Into<paygen_runtime::Secret>,
    ) -> Self {
        self.basic_auth_credentials = Some((username.into(), password.into()));
        self
    }

    /// Authenticates `bearerAuth` (a bearer token obtained from `POST /tokens`) with your own provider.
    pub fn bearer_auth_provider(
        mut self,
        provider: impl paygen_runtime::auth::AuthProvider + 'static,
    ) -> Self {
        self.providers.retain(|(scheme, _)| *scheme != "bearerAuth");
        self.providers.push(("bearerAuth", Arc::new(provider)));
        self
    }

    /// Authenticates `bearerAuth` (a bearer token obtained from `POST /tokens`).
    ///
    /// Bearer token. Server clients get it from `POST /tokens` with the Basic credentials (valid about 15 minutes); app and web clients may use a customer token from `POST /auth/tokens` instead.
    ///
    /// A fixed token: it is never refreshed.
    pub fn bearer_token(self, token: impl Into<paygen_runtime::Secret>) -> Self {
        self.bearer_auth_provider(paygen_runtime::auth::Bearer::new(token))
    }

    /// The environment in effect: the one chosen, or the default.
    fn chosen_environment(&self) -> Option<Environment> {
        self.environment.or(Some(Environment::Playground))
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
            paygen_runtime::CoreBuilder::new(concat!("raise-client/", env!("CARGO_PKG_VERSION")))
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
        if !core.has_auth("basicAuth") {
            if let Some(provider) = self.basic_auth_credentials.as_ref().map(
                |(username, password)| -> Arc<dyn paygen_runtime::auth::AuthProvider> {
                    Arc::new(paygen_runtime::auth::Basic::new(
                        username.clone(),
                        password.clone(),
                    ))
                },
            ) {
                core = core.auth("basicAuth", provider);
            }
        }
        if !core.has_auth("bearerAuth") {
            if let Some(provider) = self.basic_auth_credentials.as_ref().map(
                |(username, password)| -> Arc<dyn paygen_runtime::auth::AuthProvider> {
                    let body = serde_json::from_str(
                        "{\"data\":{\"type\":\"tokens\",\"attributes\":{\"type\":\"BEARER\"}}}",
                    )
                    .unwrap_or(serde_json::Value::Null);
                    Arc::new(
                        paygen_runtime::auth::TokenExchange::new(
                            "/tokens",
                            body,
                            "/data/attributes/access_token",
                        )
                        .basic(username.clone(), password.clone())
                        .expires_at(
                            "/data/attributes/expires_at",
                            paygen_runtime::auth::ExpiresFormat::UnixSeconds,
                        ),
                    )
                },
            ) {
                core = core.auth("bearerAuth", provider);
            }
        }
        let core = core.build().map_err(paygen_runtime::Error::Config)?;
        Ok(Client {
            core: Arc::new(core),
        })
    }
}
