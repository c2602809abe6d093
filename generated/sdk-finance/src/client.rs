use std::sync::Arc;

/// The environments the API documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Environment {
    /// A customer deployment of SDK.finance. The default host is the vendor's demo backend that
    /// the official frontend's development configuration points at.
    ///
    /// Base URL: `https://sdk5.sdk.finance/api/v1`
    Sandbox,
}

impl Environment {
    /// The base URL of the environment.
    pub fn base_url(self) -> &'static str {
        match self {
            Self::Sandbox => "https://sdk5.sdk.finance/api/v1",
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

    /// Obtaining a session token with login and password, including the one-time-password step.
    #[cfg(feature = "authorization")]
    pub fn authorization(&self) -> crate::operations::authorization::AuthorizationApi<'_> {
        crate::operations::authorization::AuthorizationApi { client: self }
    }

    /// The catalog of banks used by bank top-ups and withdrawals (administrator).
    #[cfg(feature = "bank-catalog")]
    pub fn bank_catalog(&self) -> crate::operations::bank_catalog::BankCatalogApi<'_> {
        crate::operations::bank_catalog::BankCatalogApi { client: self }
    }

    /// Crediting wallets from bank transfers, directly or through requests an accountant accepts or declines.
    #[cfg(feature = "bank-top-ups")]
    pub fn bank_top_ups(&self) -> crate::operations::bank_top_ups::BankTopUpsApi<'_> {
        crate::operations::bank_top_ups::BankTopUpsApi { client: self }
    }

    /// Withdrawal requests from wallets to bank accounts, accepted or declined by an accountant.
    #[cfg(feature = "bank-withdrawals")]
    pub fn bank_withdrawals(&self) -> crate::operations::bank_withdrawals::BankWithdrawalsApi<'_> {
        crate::operations::bank_withdrawals::BankWithdrawalsApi { client: self }
    }

    /// The caller's wallets ("coins") and validation of wallet serials.
    #[cfg(feature = "coins")]
    pub fn coins(&self) -> crate::operations::coins::CoinsApi<'_> {
        crate::operations::coins::CoinsApi { client: self }
    }

    /// Currencies and the issuers that put them in circulation (administrator).
    #[cfg(feature = "currencies")]
    pub fn currencies(&self) -> crate::operations::currencies::CurrenciesApi<'_> {
        crate::operations::currencies::CurrenciesApi { client: self }
    }

    /// Searching organisations, for example the system organisation that service users belong to (administrator).
    #[cfg(feature = "organizations")]
    pub fn organizations(&self) -> crate::operations::organizations::OrganizationsApi<'_> {
        crate::operations::organizations::OrganizationsApi { client: self }
    }

    /// Self-registration of individual and merchant users, confirmed with a one-time password.
    #[cfg(feature = "registration")]
    pub fn registration(&self) -> crate::operations::registration::RegistrationApi<'_> {
        crate::operations::registration::RegistrationApi { client: self }
    }

    /// The caller's smart cards.
    #[cfg(feature = "smart-cards")]
    pub fn smart_cards(&self) -> crate::operations::smart_cards::SmartCardsApi<'_> {
        crate::operations::smart_cards::SmartCardsApi { client: self }
    }

    /// Saved transfer destinations, and transfers executed from them.
    #[cfg(feature = "transfer-templates")]
    pub fn transfer_templates(
        &self,
    ) -> crate::operations::transfer_templates::TransferTemplatesApi<'_> {
        crate::operations::transfer_templates::TransferTemplatesApi { client: self }
    }

    /// Creating and searching users (administrator).
    #[cfg(feature = "users")]
    pub fn users(&self) -> crate::operations::users::UsersApi<'_> {
        crate::operations::users::UsersApi { client: self }
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
    token_auth_credentials: Option<(String, paygen_runtime::Secret)>,
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

    /// Authenticates `tokenAuth` (a session token from `POST /authorization` in the `Authorization` header) with your own provider.
    pub fn token_auth_provider(
        mut self,
        provider: impl paygen_runtime::auth::AuthProvider + 'static,
    ) -> Self {
        self.providers.retain(|(scheme, _)| *scheme != "tokenAuth");
        self.providers.push(("tokenAuth", Arc::new(provider)));
        self
    }

    /// Authenticates `tokenAuth` (a session token from `POST /authorization` in the `Authorization` header).
    ///
    /// Session token from `authorize`, sent as `Authorization: TOKEN &lt;token&gt;` (the literal word
    /// `TOKEN`, not `Bearer`). The response holds one token per membership of the user; the
    /// first membership's token is used, as the official frontend does, and it is renewed by
    /// logging in again before `expiresAt`. Logins that answer `action: OTP_SENT` need
    /// `confirmAuthorization` and cannot be completed automatically.
    pub fn login(
        mut self,
        login: impl Into<String>,
        password: impl Into<paygen_runtime::Secret>,
    ) -> Self {
        self.token_auth_credentials = Some((login.into(), password.into()));
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
            "sdk-finance-client/",
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
        if !core.has_auth("tokenAuth") {
            if let Some(provider) = self.token_auth_credentials.as_ref().map(
                |(login, password)| -> Arc<dyn paygen_runtime::auth::AuthProvider> {
                    Arc::new(
                        paygen_runtime::auth::LoginToken::new(
                            "/authorization",
                            login.clone(),
                            password.clone(),
                        )
                        .fields("login", "password")
                        .token_pointer("/members/0/token/token")
                        .expires_at("/members/0/token/expiresAt")
                        .header("Authorization", "TOKEN"),
                    )
                },
            ) {
                core = core.auth("tokenAuth", provider);
            }
        }
        let core = core.build().map_err(paygen_runtime::Error::Config)?;
        Ok(Client {
            core: Arc::new(core),
        })
    }
}
