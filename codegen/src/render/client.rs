//! `src/client.rs`: environments, the client, its builder and credential set-up. Written as
//! text for rustfmt to lay out: fixed code as it reads, the parts from the IR in between.

use super::docs::{clean, lines, parts};
use super::text::{string, Text, Writer};
use super::types::{type_text, ModelPath};
use crate::ir::{
    Api, ExpiryFormat, OAuth2, ParamLocation, SchemeKind, SecurityScheme, SharedHeader, Tag,
};

/// Renders the client module.
pub fn render_client(api: &Api) -> Text {
    let mut w = Writer::for_rustfmt(16 * 1024);
    w.line(0, "use std::sync::Arc;");
    w.end_item();
    write_environment(&mut w, api);
    let shared = !api.shared_headers.is_empty();
    w.code(
        0,
        "
/// The API client. Cheap to clone: clones share one connection pool and token cache.
#[derive(Clone, Debug)]
pub struct Client {
    core: Arc<paygen_runtime::Core>,",
    );
    if shared {
        w.line(4, "pub(crate) defaults: Defaults,");
    }
    w.line(0, "}");
    w.end_item();
    write_defaults(&mut w, api);
    w.code(
        0,
        "
impl Client {
    /// Starts configuring a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }",
    );
    // A spec of webhooks or models only has no operation to make a call: no `Call`, and the
    // client's core is there for nothing but the builder.
    let no_operations = api.operations.is_empty();
    if no_operations {
        w.line(4, "#[allow(dead_code)]");
    }
    w.code(
        4,
        "
pub(crate) fn core(&self) -> &paygen_runtime::Core {
    &self.core
}
/// The base URL requests go to.
pub fn base_url(&self) -> &str {
    self.core.base_url()
}",
    );
    for tag in &api.tags {
        write_tag_accessor(&mut w, api, tag);
    }
    w.line(0, "}");
    w.end_item();
    if !no_operations {
        w.code(0, CALL);
        w.end_item();
    }
    if api.operations.iter().any(|op| op.pagination.is_some()) {
        w.code(0, STREAM);
        w.end_item();
    }
    write_builder(&mut w, api);
    super::customer::write_customer(&mut w, api);
    w.finish()
}

/// `client.<tag>()`: the operations of one tag.
fn write_tag_accessor(w: &mut Writer, api: &Api, tag: &Tag) {
    let (module, name) = (&tag.module, &tag.struct_name);
    w.docs(4, &super::ops::tag_summary(api, tag));
    if let Some((cfg, _)) = super::features::tag_cfg_line(api, &tag.module) {
        w.line(4, &cfg);
    }
    // Broken before the return type when too wide: where rustfmt cannot fit a line it keeps
    // the text as written.
    w.signature(
        4,
        &format!("pub fn {module}"),
        &["&self".to_string()],
        &format!(" -> crate::operations::{module}::{name}<'_>"),
    );
    w.line(
        8,
        &format!("crate::operations::{module}::{name} {{ client: self }}"),
    );
    w.line(4, "}");
}

/// What every operation's builder holds besides its parameters, and how it is sent.
const CALL: &str = "
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
}";

/// `Call::stream`, once for every paged operation (each implements `Paged`).
const STREAM: &str = "
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
}";

/// Client-wide defaults of the headers most operations share ([`Api::shared_headers`]): the
/// `Defaults` struct the client holds. Nothing when the spec has none.
fn write_defaults(w: &mut Writer, api: &Api) {
    let shared = &api.shared_headers;
    if shared.is_empty() {
        return;
    }
    // A sensitive header's value is printed redacted by a hand-written `Debug`.
    let redacted = shared.iter().any(|h| h.sensitive.is_some());
    w.code(
        0,
        "
/// Values set on the [`ClientBuilder`] for the headers most operations share; every call
/// starts with them and may override them.",
    );
    w.line(
        0,
        if redacted {
            "#[derive(Clone, Default)]"
        } else {
            "#[derive(Clone, Debug, Default)]"
        },
    );
    w.line(0, "pub(crate) struct Defaults {");
    for p in shared {
        w.docs(4, &[format!(" `{}`.", p.wire_name)]);
        w.line(
            4,
            &format!("pub(crate) {}: Option<{}>,", p.name, header_type(p)),
        );
    }
    w.line(0, "}");
    w.end_item();
    if redacted {
        super::redact::defaults_debug(w, shared);
        w.end_item();
    }
}

/// The Rust type of a shared header's value.
fn header_type(p: &SharedHeader) -> String {
    let ty = type_text(&p.ty, ModelPath::Crate);
    if p.list {
        format!("Vec<{ty}>")
    } else {
        ty
    }
}

/// The builder's setter of each shared header's default.
fn write_default_setters(w: &mut Writer, api: &Api) {
    for p in &api.shared_headers {
        let mut doc = lines(&p.docs, &format!("The `{}` header.", p.wire_name));
        doc.push(String::new());
        doc.push(format!(
            "Sent as the `{}` header of every call that takes it, unless the call sets its own \
             with its `{}` setter.",
            p.wire_name, p.setter
        ));
        w.docs(4, &parts(&doc));
        let ty = type_text(&p.ty, ModelPath::Crate);
        let (arg, value) = if p.list {
            (format!("Vec<{ty}>"), "value")
        } else {
            (format!("impl Into<{ty}>"), "value.into()")
        };
        w.line(
            4,
            &format!("pub fn {}(mut self, value: {arg}) -> Self {{", p.setter),
        );
        w.line(8, &format!("self.defaults.{} = Some({value});", p.name));
        w.line(8, "self");
        w.line(4, "}");
    }
}

/// `ClientBuilder` and its `build()`.
fn write_builder(w: &mut Writer, api: &Api) {
    let has_oauth = api.security_schemes.iter().any(|s| {
        matches!(
            s.kind,
            SchemeKind::OAuth2ClientCredentials(_) | SchemeKind::OAuth2Password(_)
        )
    });
    w.code(
        0,
        "
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
    providers: Vec<(&'static str, Arc<dyn paygen_runtime::auth::AuthProvider>)>,",
    );
    if !api.shared_headers.is_empty() {
        w.line(4, "defaults: Defaults,");
    }
    if has_oauth {
        w.line(4, "token_url: Option<String>,");
    }
    for scheme in &api.security_schemes {
        if let Some(ty) = credential_type(scheme) {
            w.line(4, &format!("{}: Option<{ty}>,", credential_field(scheme)));
        }
    }
    w.line(0, "}");
    w.end_item();
    w.code(
        0,
        "
impl ClientBuilder {
    /// Talks to one of the documented environments.
    pub fn environment(mut self, environment: Environment) -> Self {
        self.environment = Some(environment);
        self
    }",
    );
    if has_oauth {
        w.code(
            4,
            "
/// Talks to another base URL (a mock server, a proxy, a private deployment).
///
/// Token endpoints on the API host follow it. The OAuth2 token endpoint is on
/// another host: set it with [`token_url`](Self::token_url), or
/// [`build`](Self::build) fails (credentials never go to the vendor's token host for
/// a base URL of your own, unless you also choose its
/// [`environment`](Self::environment)).",
        );
    } else {
        w.code(
            4,
            "
/// Talks to another base URL (a mock server, a proxy, a private deployment). Token
/// and login endpoints on the API host follow it.",
        );
    }
    w.code(4, BUILDER_SETTERS);
    for scheme in &api.security_schemes {
        write_scheme_setters(w, scheme);
    }
    if has_oauth {
        w.code(
            4,
            "
/// Sends OAuth2 token requests (and with them the client secret) to this URL instead
/// of the environment's token URL. Needed with a custom base URL, such as a mock
/// server or a private deployment: [`build`](Self::build) then fails without it
/// rather than send credentials to a host you did not choose.
pub fn token_url(mut self, url: impl Into<String>) -> Self {
    self.token_url = Some(url.into());
    self
}",
        );
    }
    write_default_setters(w, api);
    w.code(
        4,
        "
/// The environment in effect: the one chosen, or the default.
fn chosen_environment(&self) -> Option<Environment> {",
    );
    w.line(
        8,
        &format!("self.environment.or({})", default_environment(api)),
    );
    w.line(4, "}");
    w.code(
        4,
        "
/// Builds the client.
pub fn build(self) -> Result<Client, crate::Error> {
    let environment = self.chosen_environment();
    let base_url = match (&self.base_url, environment) {
        (Some(url), _) => url.clone(),
        (None, Some(environment)) => environment.base_url().to_string(),
        (None, None) => {
            return Err(paygen_runtime::Error::Config(paygen_runtime::ConfigError::Other(
                \"no base URL: call `.base_url(..)` or `.environment(..)`\".to_string(),
            )));
        }
    };",
    );
    w.line(
        8,
        &format!(
            "let mut core = paygen_runtime::CoreBuilder::new(concat!({}, env!(\"CARGO_PKG_VERSION\"))).base_url(base_url);",
            string(&format!("{}/", api.crate_name))
        ),
    );
    w.code(
        8,
        "
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
}",
    );
    if let Some(header) = &api.request_id_header {
        w.line(
            8,
            &format!("core = core.request_id_header({});", string(header)),
        );
    }
    w.code(
        8,
        "
for (scheme, provider) in self.providers {
    core = core.auth(scheme, provider);
}",
    );
    for scheme in &api.security_schemes {
        write_scheme_wiring(w, api, scheme);
    }
    w.line(
        8,
        "let core = core.build().map_err(paygen_runtime::Error::Config)?;",
    );
    if api.shared_headers.is_empty() {
        w.line(8, "Ok(Client { core: Arc::new(core) })");
    } else {
        w.line(
            8,
            "Ok(Client { core: Arc::new(core), defaults: self.defaults })",
        );
    }
    w.line(4, "}");
    w.line(0, "}");
    w.end_item();
}

/// The builder's setters every client has, after `environment` and the doc of `base_url`.
const BUILDER_SETTERS: &str = "
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
}";

/// The environment a client talks to unless told otherwise ([`Api::default_environment`]).
fn default_environment(api: &Api) -> String {
    match &api.default_environment {
        Some(variant) => format!("Some(Environment::{variant})"),
        None => "None".to_string(),
    }
}

/// `Environment`: a variant per server with an `x-environment`, its base URL and key.
fn write_environment(w: &mut Writer, api: &Api) {
    let servers: Vec<(&str, &crate::ir::Server)> = api
        .servers
        .iter()
        .filter_map(|s| Some((s.variant.as_deref()?, s)))
        .collect();
    if servers.is_empty() {
        w.code(
            0,
            "
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
}",
        );
        w.end_item();
        return;
    }
    w.code(
        0,
        "
/// The environments the API documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Environment {",
    );
    for (variant, server) in &servers {
        let key = server.environment.as_deref().unwrap_or_default();
        let mut doc = lines(&server.docs, &format!("The `{key}` environment."));
        doc.push(String::new());
        doc.push(format!("Base URL: `{}`", server.url));
        w.docs(4, &parts(&doc));
        w.line(4, &format!("{variant},"));
    }
    w.line(0, "}");
    w.end_item();
    w.code(
        0,
        "
impl Environment {
    /// The base URL of the environment.
    pub fn base_url(self) -> &'static str {
        match self {",
    );
    for (variant, server) in &servers {
        w.line(12, &format!("Self::{variant} => {},", string(&server.url)));
    }
    w.code(
        4,
        "
        }
    }
    /// The environment's key in the spec (`x-environment`).
    pub fn key(self) -> &'static str {
        match self {",
    );
    for (variant, server) in &servers {
        let key = server.environment.as_deref().unwrap_or_default();
        w.line(12, &format!("Self::{variant} => {},", string(key)));
    }
    w.line(8, "}");
    w.line(4, "}");
    w.line(0, "}");
    w.end_item();
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
fn write_scheme_setters(w: &mut Writer, scheme: &SecurityScheme) {
    let key = string(&scheme.key);
    let provider_fn = format!("{}_provider", scheme.method_name);
    w.docs(
        4,
        &parts(&[format!(
            "Authenticates {} with your own provider.",
            scheme_doc(scheme)
        )]),
    );
    w.line(
        4,
        &format!(
            "pub fn {provider_fn}(mut self, provider: impl paygen_runtime::auth::AuthProvider + 'static) -> Self {{"
        ),
    );
    w.line(
        8,
        &format!("self.providers.retain(|(scheme, _)| *scheme != {key});"),
    );
    w.line(
        8,
        &format!("self.providers.push(({key}, Arc::new(provider)));"),
    );
    w.line(8, "self");
    w.line(4, "}");
    let Some(setter) = &scheme.credentials_setter else {
        return;
    };
    let field = credential_field(scheme);
    let doc = scheme_doc_lines(scheme, format!("Authenticates {}.", scheme_doc(scheme)));
    let secret = "impl Into<paygen_runtime::Secret>";
    // (parameters, body) of the setter.
    let (params, body): (String, Vec<String>) = match &scheme.kind {
        SchemeKind::Basic => (
            format!("mut self, username: impl Into<String>, password: {secret}"),
            vec![
                format!("self.{field} = Some((username.into(), password.into()));"),
                "self".into(),
            ],
        ),
        SchemeKind::Bearer { .. } => (
            format!("self, token: {secret}"),
            vec![format!(
                "self.{provider_fn}(paygen_runtime::auth::Bearer::new(token))"
            )],
        ),
        SchemeKind::ApiKey {
            location,
            name: key_name,
            login: None,
        } => {
            let constructor = match location {
                ParamLocation::Query => "query",
                _ => "header",
            };
            (
                format!("self, key: {secret}"),
                vec![format!(
                    "self.{provider_fn}(paygen_runtime::auth::ApiKey::{constructor}({}, key))",
                    string(key_name)
                )],
            )
        }
        SchemeKind::ApiKey { login: Some(_), .. } => (
            format!("mut self, login: impl Into<String>, password: {secret}"),
            vec![
                format!("self.{field} = Some((login.into(), password.into()));"),
                "self".into(),
            ],
        ),
        SchemeKind::OAuth2ClientCredentials(_) => (
            format!("mut self, client_id: impl Into<String>, client_secret: {secret}"),
            vec![
                format!("self.{field} = Some((client_id.into(), client_secret.into()));"),
                "self".into(),
            ],
        ),
        SchemeKind::OAuth2Password(_) => (
            format!(
                "mut self, username: impl Into<String>, password: {secret}, \
                 client_id: impl Into<String>, client_secret: {secret}"
            ),
            vec![
                format!(
                    "self.{field} = Some((username.into(), password.into(), client_id.into(), client_secret.into()));"
                ),
                "self".into(),
            ],
        ),
        SchemeKind::Signature(sig) => {
            let timestamp = sig
                .timestamp_header
                .as_ref()
                .map(|h| {
                    let format = match sig.timestamp_format.as_str() {
                        "unix-seconds" => "UnixSeconds",
                        "http-date" => "HttpDate",
                        _ => "Rfc3339",
                    };
                    format!(
                        ".timestamp_header({}, paygen_runtime::auth::TimestampFormat::{format})",
                        string(h)
                    )
                })
                .unwrap_or_default();
            let new = format!(
                "paygen_runtime::auth::HmacRequestSigner::new(secret, {}, {}){timestamp}",
                string(&sig.template),
                string(&sig.signature_header)
            );
            let (params, signer) = match &sig.key_header {
                Some(key_header) => (
                    format!("self, key: {secret}, secret: {secret}"),
                    format!("{new}.static_header({}, key)", string(key_header)),
                ),
                None => (format!("self, secret: {secret}"), new),
            };
            (
                params,
                vec![
                    format!("let signer = {signer};"),
                    format!(
                        "self.{provider_fn}(paygen_runtime::auth::Signed::new(Arc::new(signer)))"
                    ),
                ],
            )
        }
        SchemeKind::Custom { .. } => return,
    };
    w.docs(4, &parts(&doc));
    if matches!(scheme.kind, SchemeKind::Bearer { .. }) {
        w.docs(
            4,
            &["".into(), " A fixed token: it is never refreshed.".into()],
        );
    }
    w.line(4, &format!("pub fn {setter}({params}) -> Self {{"));
    for line in body {
        w.line(8, &line);
    }
    w.line(4, "}");
}

/// The token URL expression for an OAuth2 scheme: the explicit override, else the chosen
/// environment's URL, else the flow's default. A token URL on another host than the API is
/// never used for a custom base URL: the client secret would go to a host the user did not
/// choose, so `build()` fails and names the setter instead. Written at the depth of
/// `write_scheme_wiring`'s `let token_url`.
fn write_token_url(w: &mut Writer, oauth: &OAuth2) {
    let default = string(&oauth.token_url);
    w.line(
        16,
        "let token_url: String = match (&self.token_url, self.environment.or(if self.base_url.is_none() { environment } else { None }).map(Environment::key)) {",
    );
    w.line(20, "(Some(url), _) => url.clone(),");
    for (key, url) in &oauth.token_urls {
        w.line(
            20,
            &format!(
                "(None, Some({})) => {}.to_string(),",
                string(key),
                string(url)
            ),
        );
    }
    let on_api_host =
        !(oauth.token_url.starts_with("http://") || oauth.token_url.starts_with("https://"));
    if on_api_host {
        w.line(20, &format!("(None, None) => {default}.to_string(),"));
    } else {
        // The message is wider than a line, so rustfmt keeps this statement as it is written.
        w.code(
            20,
            "
(None, None) => {
    return Err(
        paygen_runtime::Error::Config(
            paygen_runtime::ConfigError::Other(
                \"a custom base URL needs the OAuth2 token endpoint too: call `.token_url(..)` (or choose an `.environment(..)`); credentials are not sent to the vendor's token host for a base URL of your own\"
                    .to_string(),
            ),
        ),
    );
}",
        );
    }
    w.line(20, &format!("(None, Some(_)) => {default}.to_string(),"));
    w.line(16, "};");
}

/// Wiring done in `build()`: plain credentials become providers, unless a provider for the
/// scheme was given explicitly.
fn write_scheme_wiring(w: &mut Writer, api: &Api, scheme: &SecurityScheme) {
    let key = string(&scheme.key);
    let field = credential_field(scheme);
    let provider_type = "Arc<dyn paygen_runtime::auth::AuthProvider>";
    // The closure turning the stored credentials into a provider: (field, pattern, body).
    let (source, pattern, body): (String, &str, Vec<String>) = match &scheme.kind {
        SchemeKind::Basic => (
            field,
            "(username, password)",
            vec![
                "Arc::new(paygen_runtime::auth::Basic::new(username.clone(), password.clone()))"
                    .into(),
            ],
        ),
        SchemeKind::Bearer {
            exchange: Some(exchange),
        } => {
            let Some(source) = api
                .security_schemes
                .iter()
                .find(|s| s.key == exchange.credentials && s.kind == SchemeKind::Basic)
            else {
                return;
            };
            let expiry = match &exchange.expiry {
                Some((pointer, ExpiryFormat::UnixSeconds)) => format!(
                    ".expires_at({}, paygen_runtime::auth::ExpiresFormat::UnixSeconds)",
                    string(pointer)
                ),
                Some((pointer, ExpiryFormat::Rfc3339)) => format!(
                    ".expires_at({}, paygen_runtime::auth::ExpiresFormat::Rfc3339)",
                    string(pointer)
                ),
                Some((pointer, ExpiryFormat::SecondsFromNow)) => {
                    format!(".expires_in({})", string(pointer))
                }
                None => String::new(),
            };
            (
                credential_field(source),
                "(username, password)",
                vec![
                    format!(
                        "let body = serde_json::from_str({}).unwrap_or(serde_json::Value::Null);",
                        string(&exchange.body)
                    ),
                    format!(
                        "Arc::new(paygen_runtime::auth::TokenExchange::new({}, body, {}).basic(username.clone(), password.clone()){expiry})",
                        string(&exchange.path),
                        string(&exchange.token_pointer)
                    ),
                ],
            )
        }
        SchemeKind::ApiKey {
            name,
            login: Some(login),
            ..
        } => {
            let expires = login
                .expires_at_pointer
                .as_ref()
                .map(|p| format!(".expires_at({})", string(p)))
                .unwrap_or_default();
            let prefix = login.prefix.clone().unwrap_or_default();
            (
                field,
                "(login, password)",
                vec![format!(
                    "Arc::new(paygen_runtime::auth::LoginToken::new({}, login.clone(), password.clone()).fields({}, {}).token_pointer({}){expires}.header({}, {}))",
                    string(&login.path),
                    string(&login.login_field),
                    string(&login.password_field),
                    string(&login.token_pointer),
                    string(name),
                    string(&prefix)
                )],
            )
        }
        SchemeKind::OAuth2ClientCredentials(oauth) | SchemeKind::OAuth2Password(oauth) => {
            return write_oauth_wiring(w, scheme, oauth);
        }
        _ => return,
    };
    w.line(8, &format!("if !core.has_auth({key}) {{"));
    w.line(
        12,
        &format!(
            "if let Some(provider) = self.{source}.as_ref().map(|{pattern}| -> {provider_type} {{"
        ),
    );
    for line in body {
        w.line(16, &line);
    }
    w.line(12, "}) {");
    w.line(16, &format!("core = core.auth({key}, provider);"));
    w.line(12, "}");
    w.line(8, "}");
}

/// An OAuth2 scheme's wiring: the token URL is only decided (and only an error) when
/// credentials were given.
fn write_oauth_wiring(w: &mut Writer, scheme: &SecurityScheme, oauth: &OAuth2) {
    let key = string(&scheme.key);
    let scope = oauth.scopes.join(" ");
    let scope = if scope.is_empty() {
        String::new()
    } else {
        format!(".scope({})", string(&scope))
    };
    let client_auth = if oauth.client_auth_basic {
        ".client_auth(paygen_runtime::auth::ClientAuth::Basic)"
    } else {
        ".client_auth(paygen_runtime::auth::ClientAuth::Body)"
    };
    let (pattern, construct) = if matches!(scheme.kind, SchemeKind::OAuth2Password(_)) {
        (
            "(username, password, client_id, client_secret)",
            "paygen_runtime::auth::OAuth2Password::new(token_url, username.clone(), password.clone(), client_id.clone(), client_secret.clone())",
        )
    } else {
        (
            "(client_id, client_secret)",
            "paygen_runtime::auth::OAuth2ClientCredentials::new(token_url, client_id.clone(), client_secret.clone())",
        )
    };
    w.line(8, &format!("if !core.has_auth({key}) {{"));
    w.line(
        12,
        &format!(
            "if let Some({pattern}) = &self.{} {{",
            credential_field(scheme)
        ),
    );
    write_token_url(w, oauth);
    w.line(
        16,
        &format!("core = core.auth({key}, Arc::new({construct}{scope}{client_auth}));"),
    );
    w.line(12, "}");
    w.line(8, "}");
}

/// The builder field holding a scheme's plain credentials until `build()` turns them into a
/// provider.
fn credential_field(scheme: &SecurityScheme) -> String {
    format!("{}_credentials", scheme.method_name)
}

/// The type of a scheme's plain credentials, for the kinds that have any.
fn credential_type(scheme: &SecurityScheme) -> Option<&'static str> {
    match &scheme.kind {
        SchemeKind::Basic
        | SchemeKind::OAuth2ClientCredentials(_)
        | SchemeKind::ApiKey { login: Some(_), .. } => Some("(String, paygen_runtime::Secret)"),
        SchemeKind::OAuth2Password(_) => {
            Some("(String, paygen_runtime::Secret, String, paygen_runtime::Secret)")
        }
        _ => None,
    }
}
