use std::sync::Arc;

/// The environments the API documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Environment {
    /// UAT (integration testing); used for both the token endpoint and the boarding API.
    ///
    /// Base URL: `https://uat.rwaapps.net:8888`
    Uat,
}

impl Environment {
    /// The base URL of the environment.
    pub fn base_url(self) -> &'static str {
        match self {
            Self::Uat => "https://uat.rwaapps.net:8888",
        }
    }

    /// The environment's key in the spec (`x-environment`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Uat => "uat",
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

    /// OAuth2 access and refresh tokens.
    #[cfg(feature = "auth")]
    pub fn auth(&self) -> crate::operations::auth::AuthApi<'_> {
        crate::operations::auth::AuthApi { client: self }
    }

    /// Merchant boarding applications, either submitted in one call or built up as drafts.
    #[cfg(feature = "boarding")]
    pub fn boarding(&self) -> crate::operations::boarding::BoardingApi<'_> {
        crate::operations::boarding::BoardingApi { client: self }
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
    rise_o_auth_credentials: Option<(
        String,
        paygen_runtime::Secret,
        String,
        paygen_runtime::Secret,
    )>,
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

    /// Authenticates `riseOAuth` (OAuth2 password grant) with your own provider.
    pub fn rise_o_auth_provider(
        mut self,
        provider: impl paygen_runtime::auth::AuthProvider + 'static,
    ) -> Self {
        self.providers.retain(|(scheme, _)| *scheme != "riseOAuth");
        self.providers.push(("riseOAuth", Arc::new(provider)));
        self
    }

    /// Authenticates `riseOAuth` (OAuth2 password grant).
    ///
    /// OAuth2 resource-owner password grant (the documentation calls it a client
    /// credentials flow, but the parameters are the password grant's). Client id and
    /// secret travel in the form body. Request scope `offline_access` to get a refresh
    /// token; each refresh returns a new refresh token that replaces the old one.
    /// Refresh shortly before `expires_in` runs out, or after a 401.
    pub fn password_grant(
        mut self,
        username: impl Into<String>,
        password: impl Into<paygen_runtime::Secret>,
        client_id: impl Into<String>,
        client_secret: impl Into<paygen_runtime::Secret>,
    ) -> Self {
        self.rise_o_auth_credentials = Some((
            username.into(),
            password.into(),
            client_id.into(),
            client_secret.into(),
        ));
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
        self.environment.or(Some(Environment::Uat))
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
            "rise-crm-client/",
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
        for (scheme, provider) in self.providers {
            core = core.auth(scheme, provider);
        }
        if !core.has_auth("riseOAuth") {
            if let Some((username, password, client_id, client_secret)) =
                &self.rise_o_auth_credentials
            {
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
                    (None, Some("uat")) => "https://uat.rwaapps.net:8888/oauth2/token".to_string(),
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
                    (None, Some(_)) => "https://uat.rwaapps.net:8888/oauth2/token".to_string(),
                };
                core = core.auth(
                    "riseOAuth",
                    Arc::new(
                        paygen_runtime::auth::OAuth2Password::new(
                            token_url,
                            username.clone(),
                            password.clone(),
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
