//! `src/client.rs`: environments, the client, its builder and credential set-up.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs::{attrs, clean, lines};
use super::types::ident;
use crate::ir::{Api, ParamLocation, SchemeKind, SecurityScheme};

/// Renders the client module.
pub fn render_client(api: &Api) -> TokenStream {
    let environment = render_environment(api);
    let accessors = api.tags.iter().map(|tag| {
        let module = ident(&tag.module);
        let struct_name = ident(&tag.struct_name);
        let doc = format!(" Operations tagged `{}`.", tag.name);
        quote! {
            #[doc = #doc]
            pub fn #module(&self) -> crate::operations::#module::#struct_name<'_> {
                crate::operations::#module::#struct_name { client: self }
            }
        }
    });
    let auth_setters = api.security_schemes.iter().map(render_scheme_setters);
    let user_agent = format!("{}/", api.crate_name);
    let request_id = api.request_id_header.as_ref().map(|h| quote!(core = core.request_id_header(#h);));
    let default_env = default_environment(api);
    let wire_auth = api.security_schemes.iter().map(|s| render_scheme_wiring(api, s));
    quote! {
        use std::sync::Arc;

        #environment

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

            #(#accessors)*
        }

        /// Configures a [`Client`]: environment or base URL, credentials, timeouts, retries.
        #[derive(Debug, Default)]
        #[must_use]
        pub struct ClientBuilder {
            environment: Option<Environment>,
            base_url: Option<String>,
            timeout: Option<std::time::Duration>,
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

            /// Talks to another base URL (a mock server, a proxy, a private deployment).
            pub fn base_url(mut self, url: impl Into<String>) -> Self {
                self.base_url = Some(url.into());
                self
            }

            /// Total time allowed for one attempt of a request.
            pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
                self.timeout = Some(timeout);
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
            pub fn http_client(mut self, client: paygen_runtime::reqwest::Client) -> Self {
                self.http_client = Some(client);
                self
            }

            #(#auth_setters)*

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
                let _ = environment;
                let mut core = paygen_runtime::CoreBuilder::new(concat!(#user_agent, env!("CARGO_PKG_VERSION"))).base_url(base_url);
                if let Some(timeout) = self.timeout {
                    core = core.timeout(timeout);
                }
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
                Ok(Client { core: Arc::new(core) })
            }
        }
    }
}

fn default_environment(api: &Api) -> TokenStream {
    // Never production by accident: prefer a test environment, else the first one.
    let envs: Vec<&crate::ir::Server> = api.servers.iter().filter(|s| s.variant.is_some()).collect();
    let pick = envs
        .iter()
        .find(|s| s.environment.as_deref().is_some_and(|e| e != "production" && e != "live"))
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
    let servers: Vec<&crate::ir::Server> = api.servers.iter().filter(|s| s.variant.is_some()).collect();
    let variants: Vec<_> = servers.iter().map(|s| ident(s.variant.as_deref().unwrap_or_default())).collect();
    let urls: Vec<&str> = servers.iter().map(|s| s.url.as_str()).collect();
    let keys: Vec<&str> = servers.iter().map(|s| s.environment.as_deref().unwrap_or_default()).collect();
    let docs = servers.iter().map(|s| {
        let mut l = lines(&s.docs, &format!("The `{}` environment.", s.environment.as_deref().unwrap_or_default()));
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
        SchemeKind::Bearer { exchange: Some(x) } => format!("a bearer token obtained from `POST {}`", x.path),
        SchemeKind::Bearer { exchange: None } => "a bearer token".to_string(),
        SchemeKind::ApiKey { location, name, login } => {
            let place = match location {
                ParamLocation::Query => "query parameter",
                ParamLocation::Cookie => "cookie",
                _ => "header",
            };
            match login {
                Some(l) => format!("a session token from `POST {}` in the `{name}` {place}", l.path),
                None => format!("a key in the `{name}` {place}"),
            }
        }
        SchemeKind::OAuth2ClientCredentials(_) => "OAuth2 client credentials".to_string(),
        SchemeKind::OAuth2Password(_) => "OAuth2 password grant".to_string(),
        SchemeKind::Custom { note } => note.clone(),
    };
    let description = scheme.docs.description.as_deref().map(clean).unwrap_or_default();
    format!("`{}`: {what}. {description}", scheme.key).trim().to_string()
}

/// Setters for one scheme's credentials: always a provider setter, plus the plain credentials
/// the runtime knows how to turn into a provider.
fn render_scheme_setters(scheme: &SecurityScheme) -> TokenStream {
    let key = &scheme.key;
    let provider_fn = format_ident!("{}_provider", scheme.method_name);
    let doc = format!(" Authenticates {} with your own provider.", scheme_doc(scheme));
    quote! {
        #[doc = #doc]
        pub fn #provider_fn(mut self, provider: impl paygen_runtime::auth::AuthProvider + 'static) -> Self {
            self.providers.retain(|(scheme, _)| *scheme != #key);
            self.providers.push((#key, Arc::new(provider)));
            self
        }
    }
}

/// Wiring done in `build()` for schemes whose providers depend on the chosen environment.
fn render_scheme_wiring(_api: &Api, _scheme: &SecurityScheme) -> TokenStream {
    quote!()
}
