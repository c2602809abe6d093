//! The intermediate representation: plain data that says what to generate, with every name and
//! type already decided. Renderers only print it. Nothing here knows about `quote`, `askama` or
//! `openapiv3`.

/// One API: everything a client crate is made from.
#[derive(Clone, Debug, PartialEq)]
pub struct Api {
    /// Cargo package name, e.g. `raise-client`.
    pub crate_name: String,
    /// The spec's `info.title`.
    pub title: String,
    /// The spec's `info.version`.
    pub api_version: String,
    /// The spec's `info.description`.
    pub description: Option<String>,
    /// Servers, in spec order.
    pub servers: Vec<Server>,
    /// The `Environment` variant a client talks to unless told otherwise; `None` when no server
    /// names an environment.
    pub default_environment: Option<String>,
    /// Security schemes, sorted by key.
    pub security_schemes: Vec<SecurityScheme>,
    /// Tags with at least one operation, in the order the spec declares them.
    pub tags: Vec<Tag>,
    /// Named types, sorted by Rust name.
    pub types: Vec<TypeDef>,
    /// Operations, in spec order.
    pub operations: Vec<Operation>,
    /// The type error responses decode into.
    pub error_type: TypeRef,
    /// A 2xx body whose code is not a success code is an error.
    pub error_envelope: Option<ErrorEnvelope>,
    /// Header naming the request id, if the spec says.
    pub request_id_header: Option<String>,
    /// Number of `x-inferred` marks in the spec.
    pub inferred_count: usize,
    /// Signed callbacks the API sends, sorted by name.
    pub callbacks: Vec<CallbackVerifier>,
    /// Per-customer tokens from a signed-challenge endpoint (`x-customer-auth`).
    pub customer_auth: Option<CustomerAuth>,
    /// Headers the client builder takes a default for (`lower::shared`), in spec order.
    pub shared_headers: Vec<SharedHeader>,
    /// The named types that hold a sensitive value, themselves or in a type inside them
    /// (`lower::sensitive`): a sent one hands its values to the request (`SensitiveValues`).
    pub sensitive_holders: std::collections::BTreeSet<String>,
}

impl Api {
    /// Operations of the spec; a body's other media types are methods, not operations.
    pub fn operation_count(&self) -> usize {
        self.operations
            .iter()
            .filter(|op| op.alternative_of.is_none())
            .count()
    }
}

/// A header most operations take, set once on the client builder: every call that takes it
/// sends the client's value unless it sets its own. Described by its first parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedHeader {
    /// Name on the wire, as its first parameter spells it.
    pub wire_name: String,
    /// Rust name of the client's field for it.
    pub name: String,
    /// Rust name of the `ClientBuilder` method that sets it: the field's name unless another
    /// builder method has it.
    pub setter: String,
    /// Type of one value (the list element for arrays, see `list`).
    pub ty: TypeRef,
    /// A list of values.
    pub list: bool,
    /// Documentation of its first parameter.
    pub docs: Docs,
    /// Printed redacted in the client's `Debug` when any of its parameters is sensitive.
    pub sensitive: Option<Redaction>,
}

/// Documentation gathered from a spec node.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Docs {
    /// One-line summary.
    pub summary: Option<String>,
    /// Longer text.
    pub description: Option<String>,
    /// Why the spec author had to guess (`x-inferred`).
    pub inferred: Option<String>,
    /// Marked deprecated in the spec.
    pub deprecated: bool,
}

/// A server the client can talk to.
#[derive(Clone, Debug, PartialEq)]
pub struct Server {
    /// Variant name in `Environment`, e.g. `Sandbox`; `None` when the server names no environment.
    pub variant: Option<String>,
    /// The environment key from `x-environment`, e.g. `sandbox`.
    pub environment: Option<String>,
    /// URL with variables replaced by their defaults.
    pub url: String,
    /// Description from the spec.
    pub docs: Docs,
}

/// How credentials reach the server.
#[derive(Clone, Debug, PartialEq)]
pub struct SecurityScheme {
    /// Key in `components.securitySchemes`.
    pub key: String,
    /// Snake-case name used for builder methods.
    pub method_name: String,
    /// The builder method taking the scheme's plain credentials (`basic_auth`,
    /// `client_credentials`, …); `None` when only a provider can be set.
    pub credentials_setter: Option<String>,
    /// What kind of scheme.
    pub kind: SchemeKind,
    /// Description from the spec.
    pub docs: Docs,
}

/// The kinds of schemes the runtime knows.
#[derive(Clone, Debug, PartialEq)]
pub enum SchemeKind {
    /// HTTP Basic.
    Basic,
    /// HTTP Bearer, optionally obtained by a token exchange.
    Bearer { exchange: Option<TokenExchange> },
    /// A key in a header, query parameter or cookie; optionally a session token from a login call.
    ApiKey {
        location: ParamLocation,
        name: String,
        login: Option<Login>,
    },
    /// OAuth2 client credentials grant.
    OAuth2ClientCredentials(OAuth2),
    /// OAuth2 resource owner password grant.
    OAuth2Password(OAuth2),
    /// HMAC request signing (`x-signature`), optionally with a key sent in a header.
    Signature(Signature),
    /// Anything else the runtime cannot wire by itself: the user supplies a provider.
    Custom { note: String },
}

/// Settings of an OAuth2 flow.
#[derive(Clone, Debug, PartialEq)]
pub struct OAuth2 {
    /// Default token URL.
    pub token_url: String,
    /// Token URL per environment key.
    pub token_urls: Vec<(String, String)>,
    /// Scopes requested, space separated.
    pub scopes: Vec<String>,
    /// Client secret sent with Basic auth instead of in the form body.
    pub client_auth_basic: bool,
}

/// How a bearer token is obtained from other credentials (`x-token-exchange`).
#[derive(Clone, Debug, PartialEq)]
pub struct TokenExchange {
    /// Path on the API host to POST to.
    pub path: String,
    /// The scheme whose credentials authenticate the exchange (a Basic scheme).
    pub credentials: String,
    /// JSON body sent, as compact JSON text.
    pub body: String,
    /// Pointer to the token in the response.
    pub token_pointer: String,
    /// Pointer and format of the expiry.
    pub expiry: Option<(String, ExpiryFormat)>,
}

/// How an expiry is written in a token response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExpiryFormat {
    /// An absolute Unix time in seconds.
    UnixSeconds,
    /// An absolute RFC 3339 time.
    Rfc3339,
    /// Seconds from now.
    SecondsFromNow,
}

/// A session token from a login call (`x-login`).
#[derive(Clone, Debug, PartialEq)]
pub struct Login {
    /// Path on the API host to POST the login to.
    pub path: String,
    /// Body field carrying the login name.
    pub login_field: String,
    /// Body field carrying the password.
    pub password_field: String,
    /// Pointer to the token in the response.
    pub token_pointer: String,
    /// Pointer to the expiry (RFC 3339) in the response.
    pub expires_at_pointer: Option<String>,
    /// Text before the token in the header value, e.g. `TOKEN`.
    pub prefix: Option<String>,
}

/// Per-customer bearer tokens from a signed-challenge endpoint (`x-customer-auth`).
#[derive(Clone, Debug, PartialEq)]
pub struct CustomerAuth {
    /// Path of the token operation (POST).
    pub path: String,
    /// The scheme authenticating token requests (the token operation's security).
    pub credentials: String,
    /// The scheme whose operations take a customer token instead.
    pub token_scheme: String,
    /// Header naming the customer.
    pub customer_header: String,
    /// Request body each step starts from, as compact JSON text.
    pub body: String,
    /// Pointer to the object in `body` the step's fields go into.
    pub fields_at: String,
    /// Field naming the step's action.
    pub action_field: String,
    /// Action asking for a challenge.
    pub challenge_action: String,
    /// Action asking for a code to be sent, if any.
    pub send_code_action: Option<String>,
    /// Action sending a signature or code back.
    pub verify_action: String,
    /// Action renewing a token, if any.
    pub refresh_action: Option<String>,
    /// Field carrying the signed challenge.
    pub signature_field: String,
    /// Field carrying a code.
    pub code_field: String,
    /// Pointer to the hex challenge in the response.
    pub challenge_pointer: String,
    /// Pointer to the token in the response.
    pub token_pointer: String,
    /// Pointer to the expiry in the response.
    pub expires_at_pointer: Option<String>,
    /// Text before hex signatures and registered public keys (`0x`).
    pub hex_prefix: String,
    /// SR25519 accepted: transcript label and message label.
    pub sr25519: Option<(String, String)>,
    /// RSA PKCS#1 v1.5 SHA-256 accepted.
    pub rsa_sha256: bool,
    /// Why parts of the description are guesses (`x-inferred`).
    pub inferred: Option<String>,
}

/// A group of operations (`client.transactions()`).
#[derive(Clone, Debug, PartialEq)]
pub struct Tag {
    /// Tag name as in the spec.
    pub name: String,
    /// Module and accessor name, e.g. `transactions`.
    pub module: String,
    /// Struct name of the group, e.g. `TransactionsApi`.
    pub struct_name: String,
    /// The cargo feature that compiles it in, e.g. `transactions` (`x-feature` groups tags).
    pub feature: String,
    /// Description from the spec.
    pub docs: Docs,
}

/// A Rust type expression.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TypeRef {
    /// `String`.
    String,
    /// `bool`.
    Bool,
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// `f64`.
    F64,
    /// `Decimal`, written on the wire as a number or as a string.
    Decimal { as_string: bool },
    /// `Uuid`.
    Uuid,
    /// Lenient RFC 3339 date-time.
    DateTime,
    /// Lenient full date.
    Date,
    /// Raw bytes (binary bodies).
    Bytes,
    /// Any JSON value.
    Json,
    /// A generated type, by Rust name.
    Named(String),
    /// `Vec<T>`.
    List(Box<TypeRef>),
    /// `BTreeMap<String, T>`.
    Map(Box<TypeRef>),
    /// `()`: no body.
    Unit,
}

/// A generated type.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeDef {
    /// Rust name.
    pub name: String,
    /// Module (and file) name under `src/models/`, unique in the crate.
    pub module: String,
    /// Which serde traits it implements.
    pub traffic: Traffic,
    /// Which builds compile it in.
    pub gate: Gate,
    /// Where the schema stands in the spec (JSON pointer).
    pub origin: String,
    /// Documentation.
    pub docs: Docs,
    /// What it is.
    pub kind: TypeKind,
}

/// Which builds of the crate compile a model in: every build, or those with one of the tag
/// features whose operations reach it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Gate {
    /// Every build needs it: the error body, a type the client itself uses, a callback or
    /// webhook payload, a schema marked `x-keep`.
    #[default]
    Always,
    /// Compiled in with any of these tag features (sorted, never empty).
    Features(Vec<String>),
}

/// The shapes a generated type can take.
#[derive(Clone, Debug, PartialEq)]
pub enum TypeKind {
    /// A struct with named fields.
    Struct(Struct),
    /// A closed set of values with an `Unknown` catch-all.
    Enum(Enum),
    /// One of several types.
    Union(Union),
}

/// Which way a type travels. A sent type gets a constructor. Types reachable from a request
/// always implement `Serialize`, those reachable from a response `Deserialize`; the other
/// direction comes with the crate's `serialize` or `deserialize` feature: serde's derives are most
/// of a generated crate's compile time, and half of that code would go unused by most users. A
/// type no operation uses (a webhook payload, say) implements both, and so do the types in it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Traffic {
    /// Reachable from a request body or parameter.
    pub sent: bool,
    /// Implements `Serialize` without the feature.
    pub serialize: bool,
    /// Implements `Deserialize` without the feature.
    pub deserialize: bool,
    /// A union a parameter holds: implements `ParamValue` (its variant's text).
    pub param_value: bool,
}

/// A struct.
#[derive(Clone, Debug, PartialEq)]
pub struct Struct {
    /// Fields in spec order.
    pub fields: Vec<Field>,
    /// Extra properties, kept in a flattened map of this value type.
    pub additional: Option<TypeRef>,
    /// Types this one is built from with `From` (a wrapper: its one required property that is not
    /// a constant holds the first, which may itself wrap the next), innermost last.
    pub wraps: Vec<String>,
}

/// A struct field.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// Rust name.
    pub name: String,
    /// Rust name of its setter on a type sent in requests (`lower::names::setter_name`).
    pub setter: String,
    /// `Some(clear_x)` for an optional and nullable field that is not a file part: on a type sent
    /// in requests it is held as the three-state `Nullable<T>` ("leave unchanged" and "clear"
    /// differ), and this method sends `null`.
    pub clearer: Option<String>,
    /// Name on the wire.
    pub wire_name: String,
    /// Type, without the `Option` that presence adds.
    pub ty: TypeRef,
    /// How the field may be absent or null.
    pub presence: Presence,
    /// Boxed to break a cycle of types.
    pub boxed: bool,
    /// Documentation.
    pub docs: Docs,
    /// Only sent by the server.
    pub read_only: bool,
    /// Only sent by the client.
    pub write_only: bool,
    /// What a required field always holds, when its schema allows one value: the constructor
    /// sets it.
    pub constant: Option<Constant>,
    /// Its type is a wrapper that converts `From` other models: the constructor and setter take
    /// `impl Into<..>`, so the wrapped value can be passed as it is.
    pub converts: bool,
    /// Printed redacted in `Debug` and scrubbed from errors (`x-sensitive`, `format: password`).
    pub sensitive: Option<Redaction>,
}

/// The one value a field's schema allows, as the constructor sets it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Constant {
    /// The variant of the field's type, a one-value enum the spec names (a component).
    Variant(String),
    /// The text of a `String` field: an inline one-value enum folded into the field.
    Text(String),
}

impl Constant {
    /// The variant name or the text.
    pub fn as_str(&self) -> &str {
        match self {
            Constant::Variant(s) | Constant::Text(s) => s,
        }
    }
}

/// How much of a sensitive value `Debug` shows (`x-sensitive`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Redaction {
    /// Nothing (`x-sensitive: true`, `format: password`).
    Full,
    /// The last four characters of a long value (`x-sensitive: last4`, card numbers).
    Last4,
}

/// Whether a value may be missing or null.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presence {
    /// Always there, never null: `T`.
    Required,
    /// May be absent or null; absent and null mean the same: `Option<T>`.
    Optional,
    /// Absent, null and a value all mean different things: `Nullable<T>`.
    OptionalNullable,
}

/// An enum of values.
#[derive(Clone, Debug, PartialEq)]
pub struct Enum {
    /// Integer values rather than strings.
    pub integer: bool,
    /// Variants in spec order, duplicates removed.
    pub variants: Vec<EnumVariant>,
}

/// One enum value.
#[derive(Clone, Debug, PartialEq)]
pub struct EnumVariant {
    /// Rust variant name.
    pub name: String,
    /// Wire value: the string, or the integer as text.
    pub value: String,
    /// What the value means, when the spec says (an enum written as a union of documented
    /// one-value schemas).
    pub description: Option<String>,
}

/// One of several types.
#[derive(Clone, Debug, PartialEq)]
pub struct Union {
    /// Variants in the order they are tried (most specific first when untagged).
    pub variants: Vec<UnionVariant>,
    /// Property that tells the variants apart, if the spec names one.
    pub discriminator: Option<String>,
    /// Decoded by the discriminator (every variant is an object) rather than by shape.
    pub tagged: bool,
}

/// One variant of a union.
#[derive(Clone, Debug, PartialEq)]
pub struct UnionVariant {
    /// Rust variant name.
    pub name: String,
    /// Type inside.
    pub ty: TypeRef,
    /// Discriminator values that select this variant.
    pub tags: Vec<String>,
    /// Boxed to break a cycle of types.
    pub boxed: bool,
    /// Whether the variant's type declares the discriminator property (tagged unions only).
    pub tag_field: TagField,
    /// The variant's schema is sensitive (`x-sensitive`, `format: password`).
    pub sensitive: Option<Redaction>,
}

/// How a tagged union's variant type holds the discriminator property.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TagField {
    /// Not declared: the union writes the tag next to the variant's fields.
    Absent,
    /// A required field: the variant writes it itself.
    Required,
    /// An optional field: the union fills it in when the value leaves it empty.
    Optional,
}

/// Where a parameter travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ParamLocation {
    /// In the path.
    Path,
    /// In the query string.
    Query,
    /// In a header.
    Header,
    /// In a cookie.
    Cookie,
}

/// How an array or object parameter is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamStyle {
    /// `a=1&a=2` (explode) or `a=1,2`.
    Form { explode: bool },
    /// `a=1 2`.
    SpaceDelimited,
    /// `a=1|2`.
    PipeDelimited,
    /// `a[key]=v`.
    DeepObject,
    /// `1,2` in a path or header.
    Simple,
}

/// An operation parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    /// Name on the wire (literal, e.g. `page[size]`).
    pub wire_name: String,
    /// Rust name of the builder field and of the argument when it is one.
    pub name: String,
    /// Rust name of its setter on the call (`lower::names::setter_name`).
    pub setter: String,
    /// Where it goes.
    pub location: ParamLocation,
    /// How it is serialised.
    pub style: ParamStyle,
    /// Type of one value (the list element for arrays, see `list`).
    pub ty: TypeRef,
    /// A list of values.
    pub list: bool,
    /// Must be given.
    pub required: bool,
    /// `Some(setter)` for one of the [`Api::shared_headers`]: the client may supply it (set with
    /// the `ClientBuilder` method `setter`), so its call has a setter for it even when it is
    /// required.
    pub client_default: Option<String>,
    /// Written through `paygen_runtime::ParamValue` as its text (scalars, enums, unions of
    /// those, lists of them); otherwise through serde in the parameter's style
    /// (`lower::params`).
    pub as_text: bool,
    /// Documentation.
    pub docs: Docs,
    /// Printed redacted in `Debug` and scrubbed from errors (`x-sensitive` on the parameter or
    /// its schema, `format: password`).
    pub sensitive: Option<Redaction>,
}

/// Media types a body can have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BodyMedia {
    /// JSON (`application/json` or `+json`).
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`.
    Multipart,
    /// Raw bytes with a content type.
    Binary(String),
    /// Text with a content type.
    Text(String),
}

/// A request body.
#[derive(Clone, Debug, PartialEq)]
pub struct RequestBody {
    /// Media type.
    pub media: BodyMedia,
    /// The content type sent.
    pub content_type: String,
    /// Rust type of the body value.
    pub ty: TypeRef,
    /// Must be given.
    pub required: bool,
    /// Fields of a form body written in a style of their own (the spec's `encoding`).
    pub form_encodings: Vec<(String, FormEncoding)>,
    /// Documentation.
    pub docs: Docs,
}

/// How one field of a form body is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormEncoding {
    /// Lists as repeated keys, objects as `key[sub]`.
    DeepObject,
    /// Lists as repeated keys, an object's properties as keys of their own.
    Exploded,
    /// Comma-separated (`style: form, explode: false`).
    Comma,
    /// Space-separated.
    SpaceDelimited,
    /// Pipe-separated.
    PipeDelimited,
    /// The value as JSON text (`contentType: application/json`).
    Json,
}

/// What a response status looks like.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum StatusMatch {
    /// One code.
    Code(u16),
    /// A class like `4XX`: the first digit.
    Range(u16),
    /// Anything else.
    Default,
}

/// How a response body is read.
#[derive(Clone, Debug, PartialEq)]
pub enum ResponseBody {
    /// No body.
    Empty,
    /// JSON into a type.
    Json(TypeRef),
    /// Text.
    Text,
    /// Raw bytes.
    Binary,
}

/// One row of an operation's status table.
#[derive(Clone, Debug, PartialEq)]
pub struct ResponseCase {
    /// Which statuses.
    pub status: StatusMatch,
    /// Success (2xx) or error.
    pub success: bool,
    /// The body.
    pub body: ResponseBody,
    /// Variant name in the operation's response enum, when it has several successes.
    pub variant: String,
    /// Documentation.
    pub docs: Docs,
}

/// What a successful call returns.
#[derive(Clone, Debug, PartialEq)]
pub enum SuccessShape {
    /// One type for every success.
    Single(ResponseBody),
    /// An enum, one variant per success case, in `src/models/<module>.rs`.
    Enum { name: String, module: String },
}

/// Item streaming over pages (`x-pagination`).
#[derive(Clone, Debug, PartialEq)]
pub struct Pagination {
    /// Page and size travel in the body rather than the query.
    pub in_body: bool,
    /// Rust name of the page-number setter or body field.
    pub page_field: String,
    /// Type of the page-number parameter or body field.
    pub page_ty: TypeRef,
    /// The page-number parameter or body field is required (not an `Option`).
    pub page_required: bool,
    /// Rust name of the page-size setter or body field.
    pub size_field: Option<String>,
    /// Number of the first page.
    pub first_page: u64,
    /// Pointer to the items array.
    pub items_pointer: String,
    /// Item type.
    pub item: TypeRef,
    /// When to stop.
    pub stop: PageStop,
}

/// A pagination stop rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageStop {
    /// Pointer to the total number of items.
    TotalItems(String),
    /// Pointer to the number of pages.
    TotalPages(String),
    /// Pointer to the last page number.
    LastPage(String),
    /// Stop on an empty page only.
    EmptyPage,
}

/// One API operation.
#[derive(Clone, Debug, PartialEq)]
pub struct Operation {
    /// The spec's operationId (or one made from method and path).
    pub id: String,
    /// Method name on the tag group, e.g. `create_transaction`.
    pub fn_name: String,
    /// Builder struct name, e.g. `CreateTransaction`.
    pub builder_name: String,
    /// Module of the tag group it belongs to.
    pub tag_module: String,
    /// HTTP method, upper case.
    pub method: String,
    /// Path template as in the spec.
    pub path: String,
    /// Documentation.
    pub docs: Docs,
    /// Parameters: path ones first in path order, then the rest in spec order.
    pub params: Vec<Param>,
    /// Request body, if any.
    pub body: Option<RequestBody>,
    /// Status table.
    pub responses: Vec<ResponseCase>,
    /// What `send()` returns.
    pub success: SuccessShape,
    /// Alternatives of scheme keys that must all apply; empty: no auth.
    pub security: Vec<Vec<String>>,
    /// Safe to retry.
    pub idempotent: bool,
    /// The body property that makes a retry safe.
    pub idempotency_key: Option<String>,
    /// Page streaming.
    pub pagination: Option<Pagination>,
    /// `Accept` header for non-JSON success bodies (the client asks for JSON otherwise).
    pub accept: Option<String>,
    /// Set on the method that sends the body in another of its media types: the method name
    /// of the operation it belongs to (whose response types it shares).
    pub alternative_of: Option<String>,
}

/// A vendor envelope whose code field tells success from failure (`x-error-envelope`).
#[derive(Clone, Debug, PartialEq)]
pub struct ErrorEnvelope {
    /// Pointer to the code.
    pub code_pointer: String,
    /// Codes meaning success, as JSON text (`0`, `"OK"`).
    pub success: Vec<String>,
    /// Pointer to the message, if any.
    pub message_pointer: Option<String>,
}

/// HMAC-SHA256 request signing (`x-signature` on a security scheme).
#[derive(Clone, Debug, PartialEq)]
pub struct Signature {
    /// Message template (`{date}|{method}|{url}|{body}`).
    pub template: String,
    /// Header carrying the base64 signature.
    pub signature_header: String,
    /// Header carrying the signing time, if any.
    pub timestamp_header: Option<String>,
    /// How the time is written: `rfc3339`, `unix-seconds` or `http-date`.
    pub timestamp_format: String,
    /// Header carrying the public key or token that goes with the secret (an `apiKey` scheme's name).
    pub key_header: Option<String>,
}

/// A signed callback the API sends (`callbacks` with `x-signature`): the client crate offers a
/// verifier for it.
#[derive(Clone, Debug, PartialEq)]
pub struct CallbackVerifier {
    /// Callback name in the spec.
    pub name: String,
    /// Function name in the `callbacks` module.
    pub fn_name: String,
    /// Message template that is signed.
    pub template: String,
    /// Header with the signature.
    pub signature_header: String,
    /// Header with the timestamp.
    pub timestamp_header: Option<String>,
    /// Accepted clock skew in seconds.
    pub tolerance_seconds: Option<u64>,
    /// How to read the resource back from the API (`x-read-back`), when the signature does not
    /// cover the body.
    pub read_back: Option<ReadBack>,
    /// Documentation.
    pub docs: Docs,
}

/// The operation that reads a callback's resource back, and where its id is in the body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadBack {
    /// Name of the function in the `callbacks` module that reads the resource back
    /// (`read_back_<callback>`, unique beside the verifiers).
    pub reader_fn: String,
    /// JSON pointer to the resource id in the callback's body.
    pub id_pointer: String,
    /// The reading operation's tag module.
    pub tag_module: String,
    /// Its method name on the tag group.
    pub fn_name: String,
    /// Its builder (operation struct) name.
    pub builder_name: String,
    /// Its method and path, for the docs.
    pub method: String,
    /// Its path template.
    pub path: String,
}
