//! `src/client.rs`: environments, the client, its builder and credential set-up.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs::{attrs, clean, lines};
use super::types::ident;
use crate::ir::{Api, ExpiryFormat, OAuth2, ParamLocation, SchemeKind, SecurityScheme};

/// `Call::stream`, once for every paged operation (each implements `Paged`).
fn render_stream() -> TokenStream {
    quote! {
        impl<'a> Call<'a> {
            /// Walks every page of `op` from the first, yielding items one by one. The stream
            /// ends after the last page, on an empty page, or after the first error.
            pub(crate) fn stream<Op>(self, op: Op) -> impl paygen_runtime::futures::Stream<Item = Result<Op::Item, crate::Error>> + 'a
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
    }
}

/// Client-wide defaults of the headers most operations share ([`Api::shared_headers`]): a
/// field of the client and a setter on its builder each. Empty when the spec has none.
struct Defaults {
    /// `Defaults` struct, when there are any.
    item: TokenStream,
    /// The client's field.
    field: TokenStream,
    /// `defaults: ..` in the client's constructor.
    init: TokenStream,
    /// The builder's field.
    builder_field: TokenStream,
    /// The builder's setters.
    setters: TokenStream,
}

fn render_defaults(api: &Api) -> Defaults {
    let shared = api.shared_headers();
    if shared.is_empty() {
        return Defaults {
            item: quote!(),
            field: quote!(),
            init: quote!(),
            builder_field: quote!(),
            setters: quote!(),
        };
    }
    let fields = shared.iter().map(|p| {
        let name = ident(&p.name);
        let ty = super::types::type_tokens(&p.ty, super::types::ModelPath::Crate);
        let ty = if p.list { quote!(Vec<#ty>) } else { ty };
        let doc = format!(" `{}`.", p.wire_name);
        quote!(#[doc = #doc] pub(crate) #name: Option<#ty>,)
    });
    let item = quote! {
        /// Values set on the [`ClientBuilder`] for the headers most operations share; every call
        /// starts with them and may override them.
        #[derive(Clone, Debug, Default)]
        pub(crate) struct Defaults {
            #(#fields)*
        }
    };
    let setters = shared.iter().map(|p| {
        let name = ident(&p.name);
        let ty = super::types::type_tokens(&p.ty, super::types::ModelPath::Crate);
        let (arg, value) = if p.list {
            (quote!(Vec<#ty>), quote!(value))
        } else {
            (quote!(impl Into<#ty>), quote!(value.into()))
        };
        let mut doc = lines(&p.docs, &format!("The `{}` header.", p.wire_name));
        doc.push(String::new());
        doc.push(format!(
            "Sent as the `{}` header of every call that takes it, unless the call sets its own \
             with its `{}` setter.",
            p.wire_name, p.name
        ));
        let doc = attrs(&doc);
        quote! {
            #doc
            pub fn #name(mut self, value: #arg) -> Self {
                self.defaults.#name = Some(#value);
                self
            }
        }
    });
    Defaults {
        item,
        field: quote!(pub(crate) defaults: Defaults,),
        init: quote!(defaults: self.defaults,),
        builder_field: quote!(defaults: Defaults,),
        setters: quote!(#(#setters)*),
    }
}

/// Renders the client module.
pub fn render_client(api: &Api) -> TokenStream {
    let environment = render_environment(api);
    let accessors = api.tags.iter().map(|tag| {
        let module = ident(&tag.module);
        let struct_name = ident(&tag.struct_name);
        let doc = format!(" Operations tagged `{}`.", tag.name);
        let cfg = super::features::tag_cfg(api, &tag.module);
        quote! {
            #[doc = #doc]
            #cfg
            pub fn #module(&self) -> crate::operations::#module::#struct_name<'_> {
                crate::operations::#module::#struct_name { client: self }
            }
        }
    });
    let names = setter_names(&api.security_schemes);
    let auth_setters = api
        .security_schemes
        .iter()
        .zip(&names)
        .map(|(s, n)| render_scheme_setters(s, n));
    let auth_fields = api.security_schemes.iter().filter_map(credential_field);
    let has_oauth = api.security_schemes.iter().any(|s| {
        matches!(
            s.kind,
            SchemeKind::OAuth2ClientCredentials(_) | SchemeKind::OAuth2Password(_)
        )
    });
    let token_url_field = has_oauth.then(|| quote!(token_url: Option<String>,));
    let token_url_setter = has_oauth.then(|| {
        quote! {
            /// Sends OAuth2 token requests (and with them the client secret) to this URL instead
            /// of the environment's token URL. Needed with a custom base URL, such as a mock
            /// server or a private deployment: [`build`](Self::build) then fails without it
            /// rather than send credentials to a host you did not choose.
            pub fn token_url(mut self, url: impl Into<String>) -> Self {
                self.token_url = Some(url.into());
                self
            }
        }
    });
    let base_url_doc = if has_oauth {
        quote! {
            /// Talks to another base URL (a mock server, a proxy, a private deployment).
            ///
            /// Token endpoints on the API host follow it. The OAuth2 token endpoint is on
            /// another host: set it with [`token_url`](Self::token_url), or
            /// [`build`](Self::build) fails (credentials never go to the vendor's token host for
            /// a base URL of your own, unless you also choose its
            /// [`environment`](Self::environment)).
        }
    } else {
        quote! {
            /// Talks to another base URL (a mock server, a proxy, a private deployment). Token
            /// and login endpoints on the API host follow it.
        }
    };
    let user_agent = format!("{}/", api.crate_name);
    let request_id = api
        .request_id_header
        .as_ref()
        .map(|h| quote!(core = core.request_id_header(#h);));
    let default_env = default_environment(api);
    // A spec of webhooks or models only has no operation to make a call: no `Call`, and the
    // client's core is there for nothing but the builder.
    let no_operations = api.operations.is_empty();
    let unused_core = no_operations.then(|| quote!(#[allow(dead_code)]));
    let call = (!no_operations).then(|| {
        quote! {
        /// What every operation's builder holds besides its parameters: the client and the
        /// per-call options. Sending lives here, once for all operations.
        #[derive(Clone, Debug)]
        pub(crate) struct Call<'a> {
            client: &'a Client,
            pub(crate) options: paygen_runtime::RequestOptions,
        }

        impl<'a> Call<'a> {
            pub(crate) fn new(client: &'a Client) -> Self {
                Call { client, options: paygen_runtime::RequestOptions::default() }
            }

            /// Sends `op` and returns the decoded body.
            pub(crate) async fn send<Op>(self, op: Op) -> Result<Op::Output, crate::Error>
            where
                Op: paygen_runtime::Operation<ErrorBody = crate::ErrorBody>,
            {
                Ok(self.send_with_response(op).await?.body)
            }

            /// Sends `op` and returns the body with the status, headers and request id.
            pub(crate) async fn send_with_response<Op>(self, op: Op) -> Result<paygen_runtime::Response<Op::Output>, crate::Error>
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
            pub(crate) async fn execute(&self, mut request: paygen_runtime::ApiRequest) -> Result<(paygen_runtime::RawResponse, paygen_runtime::redact::Scrubber), crate::Error> {
                request.options = self.options.clone();
                let mut scrubber = std::mem::take(&mut request.sensitive);
                scrubber.credentials_of(self.client.core());
                match self.client.core().execute(request).await {
                    Ok(raw) => Ok((raw, scrubber)),
                    Err(error) => Err(scrubber.error(error)),
                }
            }
        }

        }
    });
    let wire_auth = api
        .security_schemes
        .iter()
        .map(|s| render_scheme_wiring(api, s));
    let paged = api
        .operations
        .iter()
        .any(|op| op.pagination.is_some())
        .then(render_stream);
    let customer = super::customer::render_customer(api);
    let Defaults {
        item: defaults_item,
        field: defaults_field,
        init: defaults_init,
        builder_field: defaults_builder_field,
        setters: defaults_setters,
    } = render_defaults(api);
    quote! {
        use std::sync::Arc;

        #environment

        /// The API client. Cheap to clone: clones share one connection pool and token cache.
        #[derive(Clone, Debug)]
        pub struct Client {
            core: Arc<paygen_runtime::Core>,
            #defaults_field
        }

        #defaults_item

        impl Client {
            /// Starts configuring a client.
            pub fn builder() -> ClientBuilder {
                ClientBuilder::default()
            }

            #unused_core
            pub(crate) fn core(&self) -> &paygen_runtime::Core {
                &self.core
            }

            /// The base URL requests go to.
            pub fn base_url(&self) -> &str {
                self.core.base_url()
            }

            #(#accessors)*
        }

        #call

        #paged

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
            #defaults_builder_field
            #token_url_field
            #(#auth_fields)*
        }

        impl ClientBuilder {
            /// Talks to one of the documented environments.
            pub fn environment(mut self, environment: Environment) -> Self {
                self.environment = Some(environment);
                self
            }

            #base_url_doc
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

            #(#auth_setters)*
            #token_url_setter
            #defaults_setters

            /// The environment in effect: the one chosen, or the default.
            fn chosen_environment(&self) -> Option<Environment> {
                self.environment.or(#default_env)
            }

            /// Builds the client.
            pub fn build(self) -> Result<Client, crate::Error> {
                let environment = self.chosen_environment();
                let base_url = match (&self.base_url, environment) {
                    (Some(url), _) => url.clone(),
                    (None, Some(environment)) => environment.base_url().to_string(),
                    (None, None) => {
                        return Err(paygen_runtime::Error::Config(paygen_runtime::ConfigError::Other(
                            "no base URL: call `.base_url(..)` or `.environment(..)`".to_string(),
                        )))
                    }
                };
                let mut core = paygen_runtime::CoreBuilder::new(concat!(#user_agent, env!("CARGO_PKG_VERSION"))).base_url(base_url);
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
                #request_id
                for (scheme, provider) in self.providers {
                    core = core.auth(scheme, provider);
                }
                #(#wire_auth)*
                let core = core.build().map_err(paygen_runtime::Error::Config)?;
                Ok(Client { core: Arc::new(core), #defaults_init })
            }
        }

        #customer
    }
}

fn default_environment(api: &Api) -> TokenStream {
    // Never production by accident: prefer a test environment, else the first one.
    let envs: Vec<&crate::ir::Server> =
        api.servers.iter().filter(|s| s.variant.is_some()).collect();
    let pick = envs
        .iter()
        .find(|s| {
            s.environment
                .as_deref()
                .is_some_and(|e| e != "production" && e != "live")
        })
        .or(envs.first());
    match pick.and_then(|s| s.variant.as_ref()) {
        Some(variant) => {
            let variant = ident(variant);
            quote!(Some(Environment::#variant))
        }
        None => quote!(None),
    }
}

fn render_environment(api: &Api) -> TokenStream {
    let servers: Vec<&crate::ir::Server> =
        api.servers.iter().filter(|s| s.variant.is_some()).collect();
    let variants: Vec<_> = servers
        .iter()
        .map(|s| ident(s.variant.as_deref().unwrap_or_default()))
        .collect();
    let urls: Vec<&str> = servers.iter().map(|s| s.url.as_str()).collect();
    let keys: Vec<&str> = servers
        .iter()
        .map(|s| s.environment.as_deref().unwrap_or_default())
        .collect();
    let docs = servers.iter().map(|s| {
        let mut l = lines(
            &s.docs,
            &format!(
                "The `{}` environment.",
                s.environment.as_deref().unwrap_or_default()
            ),
        );
        l.push(String::new());
        l.push(format!("Base URL: `{}`", s.url));
        attrs(&l)
    });
    if servers.is_empty() {
        return quote! {
            /// The spec names no environments; use [`ClientBuilder::base_url`].
            #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
            pub enum Environment {}

            impl Environment {
                /// The base URL of the environment.
                pub fn base_url(self) -> &'static str {
                    match self {}
                }

                /// The environment's key in the spec.
                pub fn key(self) -> &'static str {
                    match self {}
                }
            }
        };
    }
    quote! {
        /// The environments the API documents.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Environment {
            #( #docs #variants, )*
        }

        impl Environment {
            /// The base URL of the environment.
            pub fn base_url(self) -> &'static str {
                match self {
                    #( Self::#variants => #urls, )*
                }
            }

            /// The environment's key in the spec (`x-environment`).
            pub fn key(self) -> &'static str {
                match self {
                    #( Self::#variants => #keys, )*
                }
            }
        }
    }
}

fn scheme_doc(scheme: &SecurityScheme) -> String {
    let what = match &scheme.kind {
        SchemeKind::Basic => "HTTP Basic".to_string(),
        SchemeKind::Bearer { exchange: Some(x) } => {
            format!("a bearer token obtained from `POST {}`", x.path)
        }
        SchemeKind::Bearer { exchange: None } => "a bearer token".to_string(),
        SchemeKind::ApiKey {
            location,
            name,
            login,
        } => {
            let place = match location {
                ParamLocation::Query => "query parameter",
                ParamLocation::Cookie => "cookie",
                _ => "header",
            };
            match login {
                Some(l) => format!(
                    "a session token from `POST {}` in the `{name}` {place}",
                    l.path
                ),
                None => format!("a key in the `{name}` {place}"),
            }
        }
        SchemeKind::OAuth2ClientCredentials(_) => "OAuth2 client credentials".to_string(),
        SchemeKind::OAuth2Password(_) => "OAuth2 password grant".to_string(),
        SchemeKind::Signature(sig) => format!(
            "HMAC-SHA256 request signatures in `{}`",
            sig.signature_header
        ),
        SchemeKind::Custom { note } => note.clone(),
    };
    format!("`{}` ({what})", scheme.key)
}

/// Doc lines: a first sentence, then the scheme's description from the spec.
fn scheme_doc_lines(scheme: &SecurityScheme, first: String) -> Vec<String> {
    let mut out = vec![first];
    if let Some(description) = scheme.docs.description.as_deref() {
        out.push(String::new());
        out.push(clean(description));
    }
    out
}

/// Setters for one scheme's credentials: always a provider setter, plus the plain credentials
/// the runtime knows how to turn into a provider.
fn render_scheme_setters(scheme: &SecurityScheme, name: &Option<String>) -> TokenStream {
    let key = &scheme.key;
    let provider_fn = format_ident!("{}_provider", scheme.method_name);
    let doc = attrs(&[format!(
        "Authenticates {} with your own provider.",
        scheme_doc(scheme)
    )]);
    let plain_doc = attrs(&scheme_doc_lines(
        scheme,
        format!("Authenticates {}.", scheme_doc(scheme)),
    ));
    let provider = quote! {
        #doc
        pub fn #provider_fn(mut self, provider: impl paygen_runtime::auth::AuthProvider + 'static) -> Self {
            self.providers.retain(|(scheme, _)| *scheme != #key);
            self.providers.push((#key, Arc::new(provider)));
            self
        }
    };
    let Some(name) = name else { return provider };
    let setter = format_ident!("{}", name);
    let field = credential_field_name(scheme);
    let doc = plain_doc;
    let plain = match &scheme.kind {
        SchemeKind::Basic => quote! {
            #doc
            pub fn #setter(mut self, username: impl Into<String>, password: impl Into<paygen_runtime::Secret>) -> Self {
                self.#field = Some((username.into(), password.into()));
                self
            }
        },
        SchemeKind::Bearer { .. } => quote! {
            #doc
            #[doc = ""]
            #[doc = " A fixed token: it is never refreshed."]
            pub fn #setter(self, token: impl Into<paygen_runtime::Secret>) -> Self {
                self.#provider_fn(paygen_runtime::auth::Bearer::new(token))
            }
        },
        SchemeKind::ApiKey {
            location,
            name: key_name,
            login: None,
        } => {
            let constructor = match location {
                ParamLocation::Query => quote!(query),
                _ => quote!(header),
            };
            quote! {
                #doc
                pub fn #setter(self, key: impl Into<paygen_runtime::Secret>) -> Self {
                    self.#provider_fn(paygen_runtime::auth::ApiKey::#constructor(#key_name, key))
                }
            }
        }
        SchemeKind::ApiKey { login: Some(_), .. } => quote! {
            #doc
            pub fn #setter(mut self, login: impl Into<String>, password: impl Into<paygen_runtime::Secret>) -> Self {
                self.#field = Some((login.into(), password.into()));
                self
            }
        },
        SchemeKind::OAuth2ClientCredentials(_) => quote! {
            #doc
            pub fn #setter(mut self, client_id: impl Into<String>, client_secret: impl Into<paygen_runtime::Secret>) -> Self {
                self.#field = Some((client_id.into(), client_secret.into()));
                self
            }
        },
        SchemeKind::OAuth2Password(_) => quote! {
            #doc
            pub fn #setter(
                mut self,
                username: impl Into<String>,
                password: impl Into<paygen_runtime::Secret>,
                client_id: impl Into<String>,
                client_secret: impl Into<paygen_runtime::Secret>,
            ) -> Self {
                self.#field = Some((username.into(), password.into(), client_id.into(), client_secret.into()));
                self
            }
        },
        SchemeKind::Signature(sig) => {
            let template = &sig.template;
            let header = &sig.signature_header;
            let timestamp = sig.timestamp_header.as_ref().map(|h| {
                let format = match sig.timestamp_format.as_str() {
                    "unix-seconds" => quote!(UnixSeconds),
                    "http-date" => quote!(HttpDate),
                    _ => quote!(Rfc3339),
                };
                quote!(.timestamp_header(#h, paygen_runtime::auth::TimestampFormat::#format))
            });
            match &sig.key_header {
                Some(key_header) => quote! {
                    #doc
                    pub fn #setter(self, key: impl Into<paygen_runtime::Secret>, secret: impl Into<paygen_runtime::Secret>) -> Self {
                        let signer = paygen_runtime::auth::HmacRequestSigner::new(secret, #template, #header)
                            #timestamp
                            .static_header(#key_header, key);
                        self.#provider_fn(paygen_runtime::auth::Signed::new(Arc::new(signer)))
                    }
                },
                None => quote! {
                    #doc
                    pub fn #setter(self, secret: impl Into<paygen_runtime::Secret>) -> Self {
                        let signer = paygen_runtime::auth::HmacRequestSigner::new(secret, #template, #header) #timestamp;
                        self.#provider_fn(paygen_runtime::auth::Signed::new(Arc::new(signer)))
                    }
                },
            }
        }
        SchemeKind::Custom { .. } => quote!(),
    };
    quote!(#provider #plain)
}

/// The token URL expression for an OAuth2 scheme: the explicit override, else the chosen
/// environment's URL, else the flow's default. A token URL on another host than the API is
/// never used for a custom base URL: the client secret would go to a host the user did not
/// choose, so `build()` fails and names the setter instead.
fn token_url_expr(oauth: &OAuth2) -> TokenStream {
    let default = &oauth.token_url;
    let keys = oauth.token_urls.iter().map(|(k, _)| k);
    let urls = oauth.token_urls.iter().map(|(_, u)| u);
    let on_api_host = !(default.starts_with("http://") || default.starts_with("https://"));
    let custom = if on_api_host {
        quote!((None, None) => #default.to_string(),)
    } else {
        quote! {
            (None, None) => {
                return Err(paygen_runtime::Error::Config(paygen_runtime::ConfigError::Other(
                    "a custom base URL needs the OAuth2 token endpoint too: call `.token_url(..)` (or choose an `.environment(..)`); credentials are not sent to the vendor's token host for a base URL of your own".to_string(),
                )))
            }
        }
    };
    quote! {
        match (&self.token_url, self.environment.or(if self.base_url.is_none() { environment } else { None }).map(Environment::key)) {
            (Some(url), _) => url.clone(),
            #( (None, Some(#keys)) => #urls.to_string(), )*
            #custom
            (None, Some(_)) => #default.to_string(),
        }
    }
}

/// Wiring done in `build()`: plain credentials become providers, unless a provider for the
/// scheme was given explicitly.
fn render_scheme_wiring(api: &Api, scheme: &SecurityScheme) -> TokenStream {
    let key = &scheme.key;
    let field = credential_field_name(scheme);
    let provider = match &scheme.kind {
        SchemeKind::Basic => quote! {
            self.#field.as_ref().map(|(username, password)| -> Arc<dyn paygen_runtime::auth::AuthProvider> {
                Arc::new(paygen_runtime::auth::Basic::new(username.clone(), password.clone()))
            })
        },
        SchemeKind::Bearer {
            exchange: Some(exchange),
        } => {
            let Some(source) = api
                .security_schemes
                .iter()
                .find(|s| s.key == exchange.credentials && s.kind == SchemeKind::Basic)
            else {
                return quote!();
            };
            let source_field = credential_field_name(source);
            let path = &exchange.path;
            let body = &exchange.body;
            let token = &exchange.token_pointer;
            let expiry = match &exchange.expiry {
                Some((pointer, ExpiryFormat::UnixSeconds)) => {
                    quote!(.expires_at(#pointer, paygen_runtime::auth::ExpiresFormat::UnixSeconds))
                }
                Some((pointer, ExpiryFormat::Rfc3339)) => {
                    quote!(.expires_at(#pointer, paygen_runtime::auth::ExpiresFormat::Rfc3339))
                }
                Some((pointer, ExpiryFormat::SecondsFromNow)) => quote!(.expires_in(#pointer)),
                None => quote!(),
            };
            quote! {
                self.#source_field.as_ref().map(|(username, password)| -> Arc<dyn paygen_runtime::auth::AuthProvider> {
                    let body = serde_json::from_str(#body).unwrap_or(serde_json::Value::Null);
                    Arc::new(paygen_runtime::auth::TokenExchange::new(#path, body, #token).basic(username.clone(), password.clone())#expiry)
                })
            }
        }
        SchemeKind::ApiKey {
            name,
            login: Some(login),
            ..
        } => {
            let path = &login.path;
            let (login_field, password_field) = (&login.login_field, &login.password_field);
            let token = &login.token_pointer;
            let expires = login
                .expires_at_pointer
                .as_ref()
                .map(|p| quote!(.expires_at(#p)));
            let prefix = login.prefix.clone().unwrap_or_default();
            quote! {
                self.#field.as_ref().map(|(login, password)| -> Arc<dyn paygen_runtime::auth::AuthProvider> {
                    Arc::new(
                        paygen_runtime::auth::LoginToken::new(#path, login.clone(), password.clone())
                            .fields(#login_field, #password_field)
                            .token_pointer(#token)
                            #expires
                            .header(#name, #prefix),
                    )
                })
            }
        }
        SchemeKind::OAuth2ClientCredentials(oauth) | SchemeKind::OAuth2Password(oauth) => {
            let url = token_url_expr(oauth);
            let scope = oauth.scopes.join(" ");
            let scope = (!scope.is_empty()).then(|| quote!(.scope(#scope)));
            let client_auth = if oauth.client_auth_basic {
                quote!(.client_auth(paygen_runtime::auth::ClientAuth::Basic))
            } else {
                quote!(.client_auth(paygen_runtime::auth::ClientAuth::Body))
            };
            let (pattern, construct) = if matches!(scheme.kind, SchemeKind::OAuth2Password(_)) {
                (
                    quote!((username, password, client_id, client_secret)),
                    quote! {
                        paygen_runtime::auth::OAuth2Password::new(token_url, username.clone(), password.clone(), client_id.clone(), client_secret.clone())
                            #scope #client_auth
                    },
                )
            } else {
                (
                    quote!((client_id, client_secret)),
                    quote! {
                        paygen_runtime::auth::OAuth2ClientCredentials::new(token_url, client_id.clone(), client_secret.clone())
                            #scope #client_auth
                    },
                )
            };
            // The token URL is only decided (and only an error) when credentials were given.
            return quote! {
                if !core.has_auth(#key) {
                    if let Some(#pattern) = &self.#field {
                        let token_url: String = #url;
                        core = core.auth(#key, Arc::new(#construct));
                    }
                }
            };
        }
        _ => return quote!(),
    };
    quote! {
        if !core.has_auth(#key) {
            if let Some(provider) = #provider {
                core = core.auth(#key, provider);
            }
        }
    }
}

/// Builder method names for each scheme's plain credentials: the kind's natural name
/// (`basic_auth`, `client_credentials`, …), prefixed by the scheme when two schemes share it.
pub(super) fn setter_names(schemes: &[SecurityScheme]) -> Vec<Option<String>> {
    let natural: Vec<Option<&str>> = schemes
        .iter()
        .map(|s| match &s.kind {
            SchemeKind::Basic => Some("basic_auth"),
            SchemeKind::Bearer { .. } => Some("bearer_token"),
            SchemeKind::ApiKey { login: Some(_), .. } => Some("login"),
            SchemeKind::ApiKey { .. } => Some("api_key"),
            SchemeKind::OAuth2ClientCredentials(_) => Some("client_credentials"),
            SchemeKind::OAuth2Password(_) => Some("password_grant"),
            SchemeKind::Signature(_) => Some("signature"),
            SchemeKind::Custom { .. } => None,
        })
        .collect();
    schemes
        .iter()
        .zip(&natural)
        .map(|(scheme, name)| {
            let name = (*name)?;
            let shared = natural.iter().filter(|n| **n == Some(name)).count() > 1;
            Some(if shared {
                format!("{}_{name}", scheme.method_name)
            } else {
                name.to_string()
            })
        })
        .collect()
}

fn credential_field_name(scheme: &SecurityScheme) -> proc_macro2::Ident {
    format_ident!("{}_credentials", scheme.method_name)
}

/// Builder field holding plain credentials until `build()` turns them into a provider.
fn credential_field(scheme: &SecurityScheme) -> Option<TokenStream> {
    let field = credential_field_name(scheme);
    let ty = match &scheme.kind {
        SchemeKind::Basic | SchemeKind::OAuth2ClientCredentials(_) => {
            quote!((String, paygen_runtime::Secret))
        }
        SchemeKind::ApiKey { login: Some(_), .. } => quote!((String, paygen_runtime::Secret)),
        SchemeKind::OAuth2Password(_) => quote!((
            String,
            paygen_runtime::Secret,
            String,
            paygen_runtime::Secret
        )),
        _ => return None,
    };
    Some(quote!(#field: Option<#ty>,))
}
