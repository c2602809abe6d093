use std::sync::Arc;

/// The environments the API documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Environment {
    /// The `sandbox` environment.
    ///
    /// Base URL: `https://sandbox.example.test/v1`
    Sandbox,
}

impl Environment {
    /// The base URL of the environment.
    pub fn base_url(self) -> &'static str {
        match self {
            Self::Sandbox => "https://sandbox.example.test/v1",
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

    /// The 6 operations tagged `items`: `get_items_id`, `update_item`, `create_item`, `create_item_form`, `get_items_id_document` and `create_item2`.
    #[cfg(feature = "items")]
    pub fn items(&self) -> crate::operations::items::ItemsApi<'_> {
        crate::operations::items::ItemsApi { client: self }
    }

    /// The 7 operations tagged `notes`: `add_note`, `upload`, `replace_note`, `replace_note_bytes`, `replace_note_text`, `replace_note_markdown` and `import_items`.
    #[cfg(feature = "notes")]
    pub fn notes(&self) -> crate::operations::notes::NotesApi<'_> {
        crate::operations::notes::NotesApi { client: self }
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
            "fixture-breadth/",
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
        let core = core.build().map_err(paygen_runtime::Error::Config)?;
        Ok(Client {
            core: Arc::new(core),
        })
    }
}
