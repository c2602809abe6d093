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
    pub(crate) defaults: Defaults,
}

/// Values set on the [`ClientBuilder`] for the headers most operations share; every call
/// starts with them and may override them.
#[derive(Clone, Debug, Default)]
pub(crate) struct Defaults {
    /// `X-Country`.
    pub(crate) x_country: Option<String>,
    /// `X-Currency`.
    pub(crate) x_currency: Option<String>,
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

    /// Server bearer tokens obtained with the client id and secret.
    #[cfg(feature = "tokens")]
    pub fn tokens(&self) -> crate::operations::tokens::TokensApi<'_> {
        crate::operations::tokens::TokensApi { client: self }
    }

    /// Per-customer authentication for app and web clients: methods and tokens.
    #[cfg(feature = "auth")]
    pub fn auth(&self) -> crate::operations::auth::AuthApi<'_> {
        crate::operations::auth::AuthApi { client: self }
    }

    /// The client's fund for buying gift cards.
    #[cfg(feature = "balance")]
    pub fn balance(&self) -> crate::operations::balance::BalanceApi<'_> {
        crate::operations::balance::BalanceApi { client: self }
    }

    /// The gift card brand catalogue.
    #[cfg(feature = "brands")]
    pub fn brands(&self) -> crate::operations::brands::BrandsApi<'_> {
        crate::operations::brands::BrandsApi { client: self }
    }

    /// Groupings of brands.
    #[cfg(feature = "categories")]
    pub fn categories(&self) -> crate::operations::categories::CategoriesApi<'_> {
        crate::operations::categories::CategoriesApi { client: self }
    }

    /// Supported countries and their currencies.
    #[cfg(feature = "countries")]
    pub fn countries(&self) -> crate::operations::countries::CountriesApi<'_> {
        crate::operations::countries::CountriesApi { client: self }
    }

    /// Gift card orders.
    #[cfg(feature = "transactions")]
    pub fn transactions(&self) -> crate::operations::transactions::TransactionsApi<'_> {
        crate::operations::transactions::TransactionsApi { client: self }
    }

    /// Purchased gift cards and actions on them.
    #[cfg(feature = "cards")]
    pub fn cards(&self) -> crate::operations::cards::CardsApi<'_> {
        crate::operations::cards::CardsApi { client: self }
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

    /// ISO 3166-1 alpha-2 country code giving the context of the request; US when absent.
    ///
    /// Sent as the `X-Country` header of every call that takes it, unless the call sets its own with its `x_country` setter.
    pub fn x_country(mut self, value: impl Into<String>) -> Self {
        self.defaults.x_country = Some(value.into());
        self
    }

    /// ISO 4217 currency code for calls that use it; it does not change the balance amounts.
    ///
    /// Sent as the `X-Currency` header of every call that takes it, unless the call sets its own with its `x_currency` setter.
    pub fn x_currency(mut self, value: impl Into<String>) -> Self {
        self.defaults.x_currency = Some(value.into());
        self
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
            defaults: self.defaults,
        })
    }
}

/// The customer token endpoint, as the spec's `x-customer-auth` describes it.
const CUSTOMER_AUTH: paygen_runtime::auth::ChallengeFlow = paygen_runtime::auth::ChallengeFlow {
    path: "/auth/tokens",
    subject_header: "X-CustomerID",
    body: "{\"data\":{\"type\":\"auth/tokens\",\"attributes\":{}}}",
    fields_at: "/data/attributes",
    action_field: "action",
    challenge_action: "GENERATE_NONCE",
    send_code_action: Some("SEND_VERIFICATION"),
    verify_action: "VALIDATE_VERIFICATION",
    refresh_action: Some("REFRESH"),
    signature_field: "signed_nonce",
    code_field: "code",
    challenge_pointer: "/data/attributes/nonce",
    token_pointer: "/data/attributes/token",
    expires_at_pointer: Some("/data/attributes/expires_at"),
    signature_prefix: "0x",
    transcript_label: "raise-auth",
    message_label: "challenge-nonce",
};

impl Client {
    /// Acts for one end customer: the client that [`CustomerLogin`] returns sends a customer token (from `POST /auth/tokens`, authenticated with `basicAuth`) instead of `bearerAuth`'s credentials, with `X-CustomerID` beside it; other calls are unchanged.
    ///
    /// Inferred: The document does not say whether REFRESH carries the current token (it is sent without it, with the client credentials and the customer id, like the other steps), nor whether calls made with a customer token need `X-CustomerID` (it is sent). Signatures and registered keys are written `0x`-prefixed as in the document's request examples and a production client (research notes), although its signing snippets print bare hex. RSA signs the hex-decoded nonce bytes, as the nonce's description asks (the RSA snippet passes the nonce text), and an RSA public key is registered as the hex of its DER SubjectPublicKeyInfo (the snippet asks for an SPKI key and hex-encodes it).
    pub fn customer(&self, customer_id: impl Into<String>) -> CustomerLogin {
        CustomerLogin {
            client: self.clone(),
            customer_id: customer_id.into(),
            headers: Vec::new(),
        }
    }
}

/// A public key in the form the API registers it: `0x` and hex (an SR25519 key's 32 bytes, an RSA key's DER `SubjectPublicKeyInfo`).
pub fn registered_key(signer: &impl paygen_runtime::auth::Signer) -> String {
    ["0x", signer.public_key_hex().as_str()].concat()
}

/// How one customer proves who they are; each way returns a [`CustomerClient`].
#[derive(Debug)]
#[must_use]
pub struct CustomerLogin {
    client: Client,
    customer_id: String,
    headers: Vec<(String, String)>,
}

impl CustomerLogin {
    /// Adds a header to the customer's token requests.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    fn auth(&self) -> paygen_runtime::auth::SignedChallengeAuth {
        let credentials = self.client.core().auth_provider("basicAuth");
        self.headers.iter().fold(
            paygen_runtime::auth::SignedChallengeAuth::new(
                CUSTOMER_AUTH,
                credentials,
                self.customer_id.clone(),
            ),
            |auth, (name, value)| auth.header(name.clone(), value.clone()),
        )
    }

    /// Signs the server's challenges with the customer's key pair: a token is obtained on
    /// the first call, renewed before it expires, and obtained again after a `401`,
    /// without the customer.
    pub fn key_pair(self, signer: impl paygen_runtime::auth::Signer + 'static) -> CustomerClient {
        let auth = self.auth().signer(Arc::new(signer));
        CustomerClient::new(&self.client, auth)
    }

    /// Signs challenges with the customer's SR25519 key pair; see [`key_pair`](Self::key_pair).
    pub fn sr25519(self, signer: paygen_runtime::auth::Sr25519Signer) -> CustomerClient {
        self.key_pair(signer)
    }

    /// Signs challenges with the customer's RSA key pair (PKCS#1 v1.5, SHA-256); see
    /// [`key_pair`](Self::key_pair).
    pub fn rsa(self, signer: paygen_runtime::auth::RsaSha256Signer) -> CustomerClient {
        self.key_pair(signer)
    }

    /// Uses a token saved earlier ([`CustomerClient::token`]); `expires_at` unknown: used
    /// until the server refuses it.
    pub fn token(
        self,
        token: impl Into<paygen_runtime::Secret>,
        expires_at: Option<std::time::SystemTime>,
    ) -> CustomerClient {
        let auth = self.auth().with_token(token, expires_at);
        CustomerClient::new(&self.client, auth)
    }

    /// Sends a code the customer already has (for example from an authenticator app)
    /// and returns their client.
    pub async fn verify_code(self, code: &str) -> Result<CustomerClient, crate::Error> {
        let auth = self.auth();
        auth.verify_code(self.client.core().auth_context(), code)
            .await
            .map_err(paygen_runtime::Error::Auth)?;
        Ok(CustomerClient::new(&self.client, auth))
    }

    /// Has the server send the customer a code (`SEND_VERIFICATION`, for example by SMS); pass the code the customer receives to [`CodeSent::verify`].
    pub async fn send_code(self) -> Result<CodeSent, crate::Error> {
        let auth = self.auth();
        auth.send_code(self.client.core().auth_context())
            .await
            .map_err(paygen_runtime::Error::Auth)?;
        Ok(CodeSent {
            client: self.client,
            auth,
        })
    }
}

/// A code was sent to the customer; [`verify`](Self::verify) it to get their client.
#[derive(Debug)]
#[must_use = "the customer is signed in only once the code is verified"]
pub struct CodeSent {
    client: Client,
    auth: paygen_runtime::auth::SignedChallengeAuth,
}

impl CodeSent {
    /// Sends the code the customer received and returns their client.
    pub async fn verify(self, code: &str) -> Result<CustomerClient, crate::Error> {
        self.auth
            .verify_code(self.client.core().auth_context(), code)
            .await
            .map_err(paygen_runtime::Error::Auth)?;
        Ok(CustomerClient::new(&self.client, self.auth))
    }
}

/// A [`Client`] acting for one customer (it dereferences to one): its calls carry the
/// customer's token and id. Clones share the token; one token request runs at a time.
#[derive(Clone, Debug)]
pub struct CustomerClient {
    client: Client,
    auth: Arc<paygen_runtime::auth::SignedChallengeAuth>,
}

impl CustomerClient {
    fn new(client: &Client, auth: paygen_runtime::auth::SignedChallengeAuth) -> Self {
        let auth = Arc::new(auth);
        let core = client.core().with_auth("bearerAuth", auth.clone());
        let mut acting = client.clone();
        acting.core = Arc::new(core);
        CustomerClient {
            client: acting,
            auth,
        }
    }

    /// The customer's id.
    pub fn customer_id(&self) -> &str {
        self.auth.subject()
    }

    /// The customer's current token, to save it and resume later with
    /// [`CustomerLogin::token`].
    pub fn token(&self) -> Option<paygen_runtime::Secret> {
        self.auth.token()
    }
}

impl std::ops::Deref for CustomerClient {
    type Target = Client;

    fn deref(&self) -> &Client {
        &self.client
    }
}
