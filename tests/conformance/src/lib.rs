//! Conformance of the generated clients: every operation against a spec-validating Prism mock
//! (`tests/prism.rs`), the runnable examples against Prism (`tests/examples.rs`), and the clients'
//! behaviour end to end against wiremock (`tests/auth.rs`, `retries.rs`, `pagination.rs`,
//! `errors.rs`).
//!
//! The call tables in [`calls`] are generated from the specs by `paygen-tests`
//! (`tests/src/conformance.rs`); this file holds what they and the tests share.

use std::collections::BTreeMap;
use std::fmt::Debug;
use std::io::Write as _;

use paygen_runtime::{HeaderMap, StatusCode};

pub mod prism;

/// One call per operation, with values from the spec's examples (generated).
pub mod calls {
    pub mod arise;
    pub mod aurpay;
    pub mod raise;
    pub mod rise_crm;
    pub mod sdk_finance;
}

/// The five vendors, as named in `specs/`.
pub const VENDORS: [&str; 5] = ["arise", "aurpay", "raise", "rise-crm", "sdk-finance"];

/// What a call table returns: `Err` says why the operation was not exercised.
pub type CallResult = Result<(), Failure>;

/// Why a call did not succeed.
#[derive(Debug)]
pub enum Failure {
    /// A non-2xx answer (Prism rejected the request, or its mock broke the spec).
    Rejected(String),
    /// A 2xx with Prism's `sl-violations` header (its JSON value): Prism answered although the
    /// request broke the spec (it does so when asked for a status with `Prefer: code=…`).
    Violations(String),
    /// A 2xx whose vendor envelope code says "error" (`x-error-envelope`), decoded into the
    /// typed error body: the client did what the spec says.
    EnvelopeError(String),
    /// The response did not decode into the operation's type.
    Decode(String),
    /// Anything else (transport, auth, a call-table value that does not fit its argument).
    Other(String),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Rejected(m) => write!(f, "rejected: {m}"),
            Failure::Violations(m) => write!(f, "Prism reported violations: {m}"),
            Failure::EnvelopeError(m) => write!(f, "envelope error: {m}"),
            Failure::Decode(m) => write!(f, "decode failure: {m}"),
            Failure::Other(m) => write!(f, "{m}"),
        }
    }
}

impl From<String> for Failure {
    fn from(message: String) -> Failure {
        Failure::Other(message)
    }
}

/// Decodes a JSON literal of the call table into the argument's type.
pub fn de<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, Failure> {
    serde_json::from_str(json).map_err(|e| {
        Failure::Other(format!(
            "the spec example does not decode into the argument type: {e}: {json}"
        ))
    })
}

/// Classifies a client error, with what Prism said when it rejected the request.
pub fn describe<E: Debug>(error: paygen_runtime::Error<E>) -> Failure {
    match error {
        paygen_runtime::Error::Api(api) => {
            let raw = excerpt(&String::from_utf8_lossy(&api.raw), 1500);
            if api.status.is_success() && api.body.is_some() {
                Failure::EnvelopeError(format!("HTTP {}: {raw}", api.status))
            } else {
                Failure::Rejected(format!("HTTP {}: {raw}", api.status))
            }
        }
        paygen_runtime::Error::Decode(decode) => Failure::Decode(format!(
            "at `{}`: {} (status {}); body: {}",
            decode.path, decode.message, decode.status, decode.excerpt
        )),
        other => Failure::Other(format!("{other:?}")),
    }
}

/// A 2xx answer without Prism's `sl-violations` header (Prism may accept a request with
/// warnings and say so only there).
pub fn check(status: &StatusCode, headers: &HeaderMap) -> CallResult {
    if !status.is_success() {
        return Err(Failure::Rejected(format!("status {status}")));
    }
    match headers.get("sl-violations") {
        Some(v) => Err(Failure::Violations(
            v.to_str().unwrap_or("(not UTF-8)").to_string(),
        )),
        None => Ok(()),
    }
}

fn excerpt(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// Writes a line past the test harness's capture, so it shows in `cargo test` output.
pub fn report(line: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{line}");
}

/// An operation as pinned in `tests/operations/<vendor>.txt`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PinnedOperation {
    /// Upper-case HTTP method.
    pub method: String,
    /// Path template.
    pub path: String,
    /// operationId.
    pub id: String,
}

impl PinnedOperation {
    /// Reads data without changing anything: GETs, and the POST queries (`view…`, `list…`).
    pub fn is_read(&self) -> bool {
        self.method == "GET"
            || (self.method == "POST"
                && (self.id.starts_with("view") || self.id.starts_with("list")))
    }
}

/// Every operation of a vendor's spec, from `tests/operations/<vendor>.txt` (which
/// `paygen-tests` keeps equal to the spec).
pub fn pinned_operations(vendor: &str) -> Vec<PinnedOperation> {
    let path = prism::root()
        .join("tests/operations")
        .join(format!("{vendor}.txt"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let mut parts = line.split_whitespace();
            let mut next = || {
                parts
                    .next()
                    .unwrap_or_else(|| panic!("bad line in {}: {line}", path.display()))
                    .to_string()
            };
            PinnedOperation {
                method: next(),
                path: next(),
                id: next(),
            }
        })
        .collect()
}

/// Which operations were exercised: recorded only when a call succeeded.
#[derive(Debug, Default)]
pub struct Coverage {
    exercised: BTreeMap<String, bool>,
    failures: Vec<String>,
}

impl Coverage {
    /// Records the outcome of one operation.
    pub fn record(&mut self, operation: &PinnedOperation, result: CallResult) {
        let ok = result.is_ok();
        if let Err(why) = result {
            self.failures.push(format!(
                "{} {} {}: {why}",
                operation.method, operation.path, operation.id
            ));
        }
        let entry = self.exercised.entry(operation.id.clone()).or_insert(true);
        *entry &= ok;
    }

    /// Operations whose every call succeeded.
    pub fn exercised(&self) -> usize {
        self.exercised.values().filter(|ok| **ok).count()
    }

    /// What went wrong, one line per failed call.
    pub fn failures(&self) -> &[String] {
        &self.failures
    }
}

/// Credentials the Prism clients use (Prism only checks that they are present).
pub const CLIENT_ID: &str = "conformance-client";
/// See [`CLIENT_ID`].
pub const CLIENT_SECRET: &str = "conformance-secret";

/// Clients configured for a mock at `base`, each with the vendor's own credential flow.
pub mod clients {
    use super::{CLIENT_ID, CLIENT_SECRET};

    /// ARISE: OAuth2 client credentials, token from the spec's `POST /oauth2/token` on the mock.
    pub fn arise(base: &str) -> arise_client::Client {
        arise_client::Client::builder()
            .base_url(base)
            .token_url(format!("{base}/oauth2/token"))
            .client_credentials(CLIENT_ID, CLIENT_SECRET)
            .retry(paygen_runtime::RetryPolicy::none())
            .build()
            .expect("arise client")
    }

    /// Aurpay: the `API-Key` header.
    pub fn aurpay(base: &str) -> aurpay_client::Client {
        aurpay_client::Client::builder()
            .base_url(base)
            .api_key(CLIENT_SECRET)
            .retry(paygen_runtime::RetryPolicy::none())
            .build()
            .expect("aurpay client")
    }

    /// Raise: Basic for `/tokens`, Bearer from the `/tokens` exchange for the rest.
    pub fn raise(base: &str) -> raise_client::Client {
        raise_client::Client::builder()
            .base_url(base)
            .basic_auth(CLIENT_ID, CLIENT_SECRET)
            .retry(paygen_runtime::RetryPolicy::none())
            .build()
            .expect("raise client")
    }

    /// Rise CRM: OAuth2 password grant at the spec's `POST /oauth2/token` on the mock.
    pub fn rise_crm(base: &str) -> rise_crm_client::Client {
        rise_crm_client::Client::builder()
            .base_url(base)
            .token_url(format!("{base}/oauth2/token"))
            .password_grant(
                "boarding-user",
                "boarding-password",
                CLIENT_ID,
                CLIENT_SECRET,
            )
            .retry(paygen_runtime::RetryPolicy::none())
            .build()
            .expect("rise-crm client")
    }

    /// SDK.finance: login token from `POST /authorization`.
    pub fn sdk_finance(base: &str) -> sdk_finance_client::Client {
        sdk_finance_client::Client::builder()
            .base_url(base)
            .login("wallet-user@example.com", "wallet-password")
            .retry(paygen_runtime::RetryPolicy::none())
            .build()
            .expect("sdk-finance client")
    }
}

/// One vendor's client, so tests can loop over vendors.
#[derive(Clone, Debug)]
pub enum AnyClient {
    /// ARISE.
    Arise(arise_client::Client),
    /// Aurpay.
    Aurpay(aurpay_client::Client),
    /// Raise.
    Raise(raise_client::Client),
    /// Rise CRM.
    RiseCrm(rise_crm_client::Client),
    /// SDK.finance.
    SdkFinance(sdk_finance_client::Client),
}

impl AnyClient {
    /// The client [`clients`] makes for `vendor` at `base`.
    pub fn new(vendor: &str, base: &str) -> AnyClient {
        match vendor {
            "arise" => AnyClient::Arise(clients::arise(base)),
            "aurpay" => AnyClient::Aurpay(clients::aurpay(base)),
            "raise" => AnyClient::Raise(clients::raise(base)),
            "rise-crm" => AnyClient::RiseCrm(clients::rise_crm(base)),
            "sdk-finance" => AnyClient::SdkFinance(clients::sdk_finance(base)),
            other => panic!("unknown vendor {other}"),
        }
    }

    /// Calls `operation` through the vendor's call table.
    pub async fn call(&self, operation: &str, headers: &[(&str, &str)]) -> CallResult {
        match self {
            AnyClient::Arise(c) => Box::pin(calls::arise::call(c, operation, headers)).await,
            AnyClient::Aurpay(c) => Box::pin(calls::aurpay::call(c, operation, headers)).await,
            AnyClient::Raise(c) => Box::pin(calls::raise::call(c, operation, headers)).await,
            AnyClient::RiseCrm(c) => Box::pin(calls::rise_crm::call(c, operation, headers)).await,
            AnyClient::SdkFinance(c) => {
                Box::pin(calls::sdk_finance::call(c, operation, headers)).await
            }
        }
    }

    /// The operation ids the vendor's call table knows.
    pub fn table(vendor: &str) -> &'static [&'static str] {
        match vendor {
            "arise" => calls::arise::OPERATIONS,
            "aurpay" => calls::aurpay::OPERATIONS,
            "raise" => calls::raise::OPERATIONS,
            "rise-crm" => calls::rise_crm::OPERATIONS,
            "sdk-finance" => calls::sdk_finance::OPERATIONS,
            _ => &[],
        }
    }
}
