//! Customer-scoped clients (`x-customer-auth`), appended to `src/client.rs`:
//! `client.customer(id)` and the ways it gets the customer's token (a key pair that signs
//! challenges, a code sent to the customer, a code the customer reads, a saved token).

use super::docs::{clean, parts};
use super::text::{string, Writer};
use crate::ir::{Api, CustomerAuth};

/// The customer-scoped client, or nothing when the spec has no `x-customer-auth`.
pub fn write_customer(w: &mut Writer, api: &Api) {
    let Some(c) = &api.customer_auth else {
        return;
    };
    write_flow(w, c);
    let (token_scheme, credentials) = (&c.token_scheme, &c.credentials);
    let (header, path, prefix) = (&c.customer_header, &c.path, &c.hex_prefix);
    let mut customer_doc = vec![format!(
        "Acts for one end customer: the client that [`CustomerLogin`] returns sends a customer \
         token (from `POST {path}`, authenticated with `{credentials}`) instead of \
         `{token_scheme}`'s credentials, with `{header}` beside it; other calls are unchanged."
    )];
    if let Some(inferred) = &c.inferred {
        customer_doc.push(String::new());
        customer_doc.push(format!("Inferred: {}", clean(inferred)));
    }
    w.line(0, "impl Client {");
    w.docs(4, &parts(&customer_doc));
    w.code(
        4,
        "
pub fn customer(&self, customer_id: impl Into<String>) -> CustomerLogin {
    CustomerLogin { client: self.clone(), customer_id: customer_id.into(), headers: Vec::new() }
}",
    );
    w.line(0, "}");
    w.end_item();
    w.docs(
        0,
        &parts(&[format!(
            "A public key in the form the API registers it: `{prefix}` and hex (an SR25519 key's \
             32 bytes, an RSA key's DER `SubjectPublicKeyInfo`)."
        )]),
    );
    w.line(
        0,
        "pub fn registered_key(signer: &impl paygen_runtime::auth::Signer) -> String {",
    );
    w.line(
        4,
        &format!(
            "[{}, signer.public_key_hex().as_str()].concat()",
            string(prefix)
        ),
    );
    w.line(0, "}");
    w.end_item();
    w.code(
        0,
        "
/// How one customer proves who they are; each way returns a [`CustomerClient`].
#[derive(Debug)]
#[must_use]
pub struct CustomerLogin {
    client: Client,
    customer_id: String,
    headers: Vec<(String, String)>,
}",
    );
    w.end_item();
    w.code(
        0,
        "
impl CustomerLogin {
    /// Adds a header to the customer's token requests.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
    fn auth(&self) -> paygen_runtime::auth::SignedChallengeAuth {",
    );
    w.line(
        8,
        &format!(
            "let credentials = self.client.core().auth_provider({});",
            string(credentials)
        ),
    );
    w.code(
        4,
        "
    self.headers.iter().fold(
        paygen_runtime::auth::SignedChallengeAuth::new(CUSTOMER_AUTH, credentials, self.customer_id.clone()),
        |auth, (name, value)| auth.header(name.clone(), value.clone()),
    )
}
/// Signs the server's challenges with the customer's key pair: a token is obtained on
/// the first call, renewed before it expires, and obtained again after a `401`,
/// without the customer.
pub fn key_pair(self, signer: impl paygen_runtime::auth::Signer + 'static) -> CustomerClient {
    let auth = self.auth().signer(Arc::new(signer));
    CustomerClient::new(&self.client, auth)
}",
    );
    if c.sr25519.is_some() {
        w.code(
            4,
            "
/// Signs challenges with the customer's SR25519 key pair; see [`key_pair`](Self::key_pair).
pub fn sr25519(self, signer: paygen_runtime::auth::Sr25519Signer) -> CustomerClient {
    self.key_pair(signer)
}",
        );
    }
    if c.rsa_sha256 {
        w.code(
            4,
            "
/// Signs challenges with the customer's RSA key pair (PKCS#1 v1.5, SHA-256); see
/// [`key_pair`](Self::key_pair).
pub fn rsa(self, signer: paygen_runtime::auth::RsaSha256Signer) -> CustomerClient {
    self.key_pair(signer)
}",
        );
    }
    w.code(
        4,
        "
/// Uses a token saved earlier ([`CustomerClient::token`]); `expires_at` unknown: used
/// until the server refuses it.
pub fn token(self, token: impl Into<paygen_runtime::Secret>, expires_at: Option<std::time::SystemTime>) -> CustomerClient {
    let auth = self.auth().with_token(token, expires_at);
    CustomerClient::new(&self.client, auth)
}
/// Sends a code the customer already has (for example from an authenticator app)
/// and returns their client.
pub async fn verify_code(self, code: &str) -> Result<CustomerClient, crate::Error> {
    let auth = self.auth();
    auth.verify_code(self.client.core().auth_context(), code).await.map_err(paygen_runtime::Error::Auth)?;
    Ok(CustomerClient::new(&self.client, auth))
}",
    );
    if let Some(action) = &c.send_code_action {
        w.docs(
            4,
            &parts(&[format!(
                "Has the server send the customer a code (`{action}`, for example by SMS); pass \
                 the code the customer receives to [`CodeSent::verify`]."
            )]),
        );
        w.code(
            4,
            "
pub async fn send_code(self) -> Result<CodeSent, crate::Error> {
    let auth = self.auth();
    auth.send_code(self.client.core().auth_context()).await.map_err(paygen_runtime::Error::Auth)?;
    Ok(CodeSent { client: self.client, auth })
}",
        );
    }
    w.line(0, "}");
    w.end_item();
    if c.send_code_action.is_some() {
        w.code(
            0,
            "
/// A code was sent to the customer; [`verify`](Self::verify) it to get their client.
#[derive(Debug)]
#[must_use = \"the customer is signed in only once the code is verified\"]
pub struct CodeSent {
    client: Client,
    auth: paygen_runtime::auth::SignedChallengeAuth,
}
impl CodeSent {
    /// Sends the code the customer received and returns their client.
    pub async fn verify(self, code: &str) -> Result<CustomerClient, crate::Error> {
        self.auth.verify_code(self.client.core().auth_context(), code).await.map_err(paygen_runtime::Error::Auth)?;
        Ok(CustomerClient::new(&self.client, self.auth))
    }
}",
        );
        w.end_item();
    }
    w.code(
        0,
        "
/// A [`Client`] acting for one customer (it dereferences to one): its calls carry the
/// customer's token and id. Clones share the token; one token request runs at a time.
#[derive(Clone, Debug)]
pub struct CustomerClient {
    client: Client,
    auth: Arc<paygen_runtime::auth::SignedChallengeAuth>,
}
impl CustomerClient {
    fn new(client: &Client, auth: paygen_runtime::auth::SignedChallengeAuth) -> Self {
        let auth = Arc::new(auth);",
    );
    w.line(
        8,
        &format!(
            "let core = client.core().with_auth({}, auth.clone());",
            string(token_scheme)
        ),
    );
    // The same client (and its defaults) with the customer's token provider.
    w.code(
        0,
        "
        let mut acting = client.clone();
        acting.core = Arc::new(core);
        CustomerClient { client: acting, auth }
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
}",
    );
    w.end_item();
}

/// The flow's description as a `ChallengeFlow` constant.
fn write_flow(w: &mut Writer, c: &CustomerAuth) {
    let text = |v: &str| string(v);
    let optional = |v: &Option<String>| match v {
        Some(s) => format!("Some({})", string(s)),
        None => "None".to_string(),
    };
    let (transcript, message_label) = c.sr25519.clone().unwrap_or_default();
    w.code(
        0,
        "
/// The customer token endpoint, as the spec's `x-customer-auth` describes it.
const CUSTOMER_AUTH: paygen_runtime::auth::ChallengeFlow = paygen_runtime::auth::ChallengeFlow {",
    );
    for (field, value) in [
        ("path", text(&c.path)),
        ("subject_header", text(&c.customer_header)),
        ("body", text(&c.body)),
        ("fields_at", text(&c.fields_at)),
        ("action_field", text(&c.action_field)),
        ("challenge_action", text(&c.challenge_action)),
        ("send_code_action", optional(&c.send_code_action)),
        ("verify_action", text(&c.verify_action)),
        ("refresh_action", optional(&c.refresh_action)),
        ("signature_field", text(&c.signature_field)),
        ("code_field", text(&c.code_field)),
        ("challenge_pointer", text(&c.challenge_pointer)),
        ("token_pointer", text(&c.token_pointer)),
        ("expires_at_pointer", optional(&c.expires_at_pointer)),
        ("signature_prefix", text(&c.hex_prefix)),
        ("transcript_label", text(&transcript)),
        ("message_label", text(&message_label)),
    ] {
        w.line(4, &format!("{field}: {value},"));
    }
    w.line(0, "};");
    w.end_item();
}

/// The README's section on customer clients, with an example compiled as a doc test.
pub fn readme_section(api: &Api, crate_ident: &str, quick_call: &str) -> Option<String> {
    let c = api.customer_auth.as_ref()?;
    let mut out = format!(
        "`client.customer(id)` starts signing in one end customer; each way returns a \
         `CustomerClient`, which is a `Client` (it dereferences to one) whose calls send the \
         customer's token from `POST {}` and `{}` where `{}`'s credentials would go (other calls are unchanged). A token is \
         requested once however many calls need it, renewed before it expires{}, and kept per \
         customer client (clones share it).\n\n",
        c.path,
        c.customer_header,
        c.token_scheme,
        c.refresh_action
            .as_ref()
            .map(|a| format!(" (`{a}`)"))
            .unwrap_or_default()
    );
    let (signer_type, constructor, method) = if c.sr25519.is_some() {
        (
            "Sr25519Signer",
            "from_hex(&std::env::var(\"CUSTOMER_KEY\")?)?",
            "sr25519",
        )
    } else if c.rsa_sha256 {
        (
            "RsaSha256Signer",
            "from_pem(&std::env::var(\"CUSTOMER_KEY\")?)?",
            "rsa",
        )
    } else {
        ("", "", "")
    };
    out.push_str("```rust,no_run\n");
    out.push_str(&format!(
        "# async fn run(client: {crate_ident}::Client) -> Result<(), Box<dyn std::error::Error>> {{\n"
    ));
    if !signer_type.is_empty() {
        out.push_str(&format!(
            "use {crate_ident}::runtime::auth::{signer_type};\n\n\
             // A key pair signs the server's challenges: no customer interaction.\n\
             let signer = {signer_type}::{constructor};\n\
             // The public key to register once for the customer, in the API's form.\n\
             let public_key: String = {crate_ident}::client::registered_key(&signer);\n\
             let customer = client.customer(\"c7770f32-0034-4562-b504-a1b46d21072c\").{method}(signer);\n"
        ));
        out.push_str(&quick_call.replace("client.", "customer."));
        out.push('\n');
    }
    if c.send_code_action.is_some() {
        out.push_str(
            "\n// A code the server sends to the customer (for example by SMS).\n\
             let customer = client.customer(\"42\").send_code().await?.verify(\"123456\").await?;\n",
        );
    }
    out.push_str(
        "\n// A code the customer already has (for example from an authenticator app).\n\
         let customer = client.customer(\"42\").verify_code(\"123456\").await?;\n\
         // Save the token and resume later without asking the customer again.\n\
         if let Some(token) = customer.token() {\n    \
         let resumed = client.customer(\"42\").token(token, None);\n}\n",
    );
    out.push_str("# Ok(())\n# }\n```\n");
    let mut keys = Vec::new();
    if c.sr25519.is_some() {
        keys.push(
            "`Sr25519Signer` (from a 32-byte mini secret or a 64-byte secret key, hex or bytes)",
        );
    }
    if c.rsa_sha256 {
        keys.push("`RsaSha256Signer` (from a PEM or DER private key, 2048 bits or more)");
    }
    if !keys.is_empty() {
        out.push_str(&format!(
            "\nKey pairs: {} in `{crate_ident}::runtime::auth`, or your own `Signer` with \
             `.key_pair(..)`. `client::registered_key(&signer)` gives the public key to register.\n",
            keys.join(" and ")
        ));
    }
    Some(out)
}
