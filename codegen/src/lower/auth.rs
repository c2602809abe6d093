//! Servers and security schemes → environments and credential set-ups.

use std::collections::BTreeSet;

use serde_json::Value;

use super::names::{first_free_of, snake_name, type_name, unique};
use super::types::docs_of;
use crate::diagnostics::{escape_segment, Diagnostics};
use crate::ir::{
    CallbackVerifier, CustomerAuth, ExpiryFormat, Login, OAuth2, ParamLocation, SchemeKind,
    SecurityScheme, Server, Signature, TokenExchange,
};

/// Servers with their variables set to defaults.
pub fn lower_servers(doc: &Value, diagnostics: &mut Diagnostics) -> Vec<Server> {
    let mut taken = BTreeSet::from(["Custom".to_string()]);
    let mut servers = Vec::new();
    let Some(list) = doc.get("servers").and_then(Value::as_array) else {
        return servers;
    };
    for (i, server) in list.iter().enumerate() {
        let Some(template) = server.get("url").and_then(Value::as_str) else {
            diagnostics.error(format!("/servers/{i}/url"), "server without a url");
            continue;
        };
        let url = fill_variables(template, server.get("variables"));
        let environment = server
            .get("x-environment")
            .and_then(Value::as_str)
            .map(String::from);
        let variant = environment
            .as_deref()
            .map(|e| unique(type_name(e), &mut taken));
        servers.push(Server {
            variant,
            environment,
            url,
            docs: docs_of(server),
        });
    }
    servers
}

/// The environment a client talks to unless told otherwise: never production by accident
/// (`production` or `live`), a test environment if there is one, else the first.
pub fn default_environment(servers: &[Server]) -> Option<String> {
    let mut named = servers.iter().filter(|s| s.variant.is_some());
    let first = named.clone().next();
    named
        .find(|s| {
            s.environment
                .as_deref()
                .is_some_and(|e| e != "production" && e != "live")
        })
        .or(first)
        .and_then(|s| s.variant.clone())
}

/// Replaces `{var}` with the variable's default.
pub fn fill_variables(template: &str, variables: Option<&Value>) -> String {
    let mut url = template.to_string();
    if let Some(vars) = variables.and_then(Value::as_object) {
        for (name, var) in vars {
            if let Some(default) = var.get("default").and_then(Value::as_str) {
                url = url.replace(&format!("{{{name}}}"), default);
            }
        }
    }
    url.trim_end_matches('/').to_string()
}

/// Security schemes, sorted by key.
pub fn lower_schemes(doc: &Value, diagnostics: &mut Diagnostics) -> Vec<SecurityScheme> {
    let mut schemes = Vec::new();
    let Some(map) = doc
        .pointer("/components/securitySchemes")
        .and_then(Value::as_object)
    else {
        return schemes;
    };
    let mut taken = BTreeSet::new();
    let mut keys: Vec<&String> = map.keys().collect();
    keys.sort();
    for key in keys {
        let scheme = super::types::deref(doc, &map[key]);
        let at = format!("/components/securitySchemes/{}", escape_segment(key));
        let text = |k: &str| scheme.get(k).and_then(Value::as_str).map(String::from);
        let kind = match (
            text("type").as_deref(),
            text("scheme").map(|s| s.to_ascii_lowercase()).as_deref(),
        ) {
            _ if scheme.get("x-signature").is_some() => signature(scheme, &at, diagnostics),
            (Some("http"), Some("basic")) => SchemeKind::Basic,
            (Some("http"), Some("bearer")) => SchemeKind::Bearer {
                exchange: scheme
                    .get("x-token-exchange")
                    .and_then(|x| token_exchange(x, &at, diagnostics)),
            },
            (Some("apiKey"), _) => {
                let location = match text("in").as_deref() {
                    Some("query") => ParamLocation::Query,
                    Some("cookie") => ParamLocation::Cookie,
                    _ => ParamLocation::Header,
                };
                SchemeKind::ApiKey {
                    location,
                    name: text("name").unwrap_or_else(|| "Authorization".into()),
                    login: scheme
                        .get("x-login")
                        .and_then(|x| login(x, &at, diagnostics)),
                }
            }
            (Some("oauth2"), _) => oauth2(scheme, &at, diagnostics),
            (other, _) => {
                diagnostics.warning(
                    at.clone(),
                    format!("security scheme type {other:?} has no built-in provider; users supply their own"),
                );
                SchemeKind::Custom {
                    note: "supply a provider for this scheme".into(),
                }
            }
        };
        schemes.push(SecurityScheme {
            key: key.clone(),
            method_name: unique(snake_name(key), &mut taken),
            // Decided below, once every scheme is known.
            credentials_setter: None,
            kind,
            docs: docs_of(scheme),
        });
    }
    name_credentials_setters(&mut schemes);
    schemes
}

/// Names each scheme's plain-credentials setter: the kind's natural name (`basic_auth`,
/// `client_credentials`, …), prefixed by the scheme's method name when two schemes share it.
fn name_credentials_setters(schemes: &mut [SecurityScheme]) {
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
    let names: Vec<Option<String>> = schemes
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
        .collect();
    for (scheme, name) in schemes.iter_mut().zip(names) {
        scheme.credentials_setter = name;
    }
}

fn oauth2(scheme: &Value, at: &str, diagnostics: &mut Diagnostics) -> SchemeKind {
    let token_urls = scheme
        .get("x-token-urls")
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .filter_map(|(env, url)| Some((env.clone(), url.as_str()?.to_string())))
                .collect()
        })
        .unwrap_or_default();
    let client_auth_basic = scheme.get("x-client-auth").and_then(Value::as_str) == Some("basic");
    let settings = |flow: &Value| OAuth2 {
        token_url: flow
            .get("tokenUrl")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        token_urls: Vec::clone(&token_urls),
        scopes: flow
            .get("scopes")
            .and_then(Value::as_object)
            .map(|s| s.keys().cloned().collect())
            .unwrap_or_default(),
        client_auth_basic,
    };
    if let Some(flow) = scheme.pointer("/flows/clientCredentials") {
        SchemeKind::OAuth2ClientCredentials(settings(flow))
    } else if let Some(flow) = scheme.pointer("/flows/password") {
        SchemeKind::OAuth2Password(settings(flow))
    } else {
        diagnostics.warning(
            format!("{at}/flows"),
            "only the clientCredentials and password flows are built in; users supply a provider",
        );
        SchemeKind::Custom {
            note: "supply a provider for this OAuth2 flow".into(),
        }
    }
}

fn token_exchange(x: &Value, at: &str, diagnostics: &mut Diagnostics) -> Option<TokenExchange> {
    let text = |k: &str| x.get(k).and_then(Value::as_str).map(String::from);
    let (Some(path), Some(credentials), Some(token_pointer)) =
        (text("path"), text("credentials"), text("token"))
    else {
        diagnostics.error(
            format!("{at}/x-token-exchange"),
            "x-token-exchange needs `path`, `credentials` and `token`",
        );
        return None;
    };
    let expiry = match (text("expires-at"), text("expires-in")) {
        (Some(p), _) => Some((
            p,
            if text("expires-format").as_deref() == Some("rfc3339") {
                ExpiryFormat::Rfc3339
            } else {
                ExpiryFormat::UnixSeconds
            },
        )),
        (None, Some(p)) => Some((p, ExpiryFormat::SecondsFromNow)),
        (None, None) => None,
    };
    Some(TokenExchange {
        path,
        credentials,
        body: x
            .get("body")
            .map(Value::to_string)
            .unwrap_or_else(|| "{}".into()),
        token_pointer,
        expiry,
    })
}

fn login(x: &Value, at: &str, diagnostics: &mut Diagnostics) -> Option<Login> {
    let text = |k: &str| x.get(k).and_then(Value::as_str).map(String::from);
    let body = x.get("body");
    let field = |k: &str, default: &str| {
        body.and_then(|b| b.get(k))
            .and_then(Value::as_str)
            .unwrap_or(default)
            .to_string()
    };
    let (Some(path), Some(token_pointer)) = (text("path"), text("token")) else {
        diagnostics.error(format!("{at}/x-login"), "x-login needs `path` and `token`");
        return None;
    };
    Some(Login {
        path,
        login_field: field("login-field", "login"),
        password_field: field("password-field", "password"),
        token_pointer,
        expires_at_pointer: text("expires-at"),
        prefix: text("prefix"),
    })
}

fn signature(scheme: &Value, at: &str, diagnostics: &mut Diagnostics) -> SchemeKind {
    let x = &scheme["x-signature"];
    let text = |k: &str| x.get(k).and_then(Value::as_str).map(String::from);
    if let Some(algorithm) = text("algorithm").filter(|a| a != "hmac-sha256") {
        diagnostics.warning(
            format!("{at}/x-signature/algorithm"),
            format!("only hmac-sha256 is built in, not `{algorithm}`; users supply a provider"),
        );
        return SchemeKind::Custom {
            note: "requests are signed; supply a provider that implements the signature".into(),
        };
    }
    let Some(template) = text("message") else {
        diagnostics.error(
            format!("{at}/x-signature"),
            "x-signature needs `message`: the template that is signed",
        );
        return SchemeKind::Custom {
            note: String::new(),
        };
    };
    let key_header = (scheme.get("type").and_then(Value::as_str) == Some("apiKey"))
        .then(|| scheme.get("name").and_then(Value::as_str).map(String::from))
        .flatten();
    SchemeKind::Signature(Signature {
        template,
        signature_header: text("header").unwrap_or_else(|| "Signature".into()),
        timestamp_header: text("timestamp-header"),
        timestamp_format: text("timestamp-format").unwrap_or_else(|| "rfc3339".into()),
        key_header,
    })
}

/// `x-read-back: {operation: <operationId>, id: <JSON pointer>}`: the operation must take the
/// resource id as its only required argument.
fn read_back(
    x: &Value,
    operations: &[crate::ir::Operation],
    at: &str,
    diagnostics: &mut Diagnostics,
) -> Option<crate::ir::ReadBack> {
    let text = |k: &str| x.get(k).and_then(Value::as_str);
    let (Some(id), Some(pointer)) = (text("operation"), text("id")) else {
        diagnostics.error(
            at.to_string(),
            "x-read-back needs `operation` (an operationId) and `id` (a JSON pointer into the callback body)",
        );
        return None;
    };
    if !pointer.starts_with('/') {
        diagnostics.error(
            format!("{at}/id"),
            format!("`{pointer}` is not a JSON pointer (it starts with `/`)"),
        );
        return None;
    }
    let Some(op) = operations.iter().find(|o| o.id == id) else {
        diagnostics.error(
            format!("{at}/operation"),
            format!("no operation has the operationId `{id}`"),
        );
        return None;
    };
    let required: Vec<&crate::ir::Param> = op.params.iter().filter(|p| p.required).collect();
    let one_string =
        matches!(required.as_slice(), [p] if p.ty == crate::ir::TypeRef::String && !p.list);
    if !one_string || op.body.as_ref().is_some_and(|b| b.required) {
        diagnostics.error(
            format!("{at}/operation"),
            format!("`{id}` must take the resource id, a string, as its only required parameter"),
        );
        return None;
    }
    Some(crate::ir::ReadBack {
        // Named once every verifier is named (`name_readers`).
        reader_fn: String::new(),
        id_pointer: pointer.to_string(),
        tag_module: op.tag_module.clone(),
        fn_name: op.fn_name.clone(),
        builder_name: op.builder_name.clone(),
        method: op.method.clone(),
        path: op.path.clone(),
    })
}

/// Callbacks with `x-signature`, from `components/callbacks` and from operations.
pub fn lower_callbacks(
    doc: &Value,
    operations: &[crate::ir::Operation],
    diagnostics: &mut Diagnostics,
) -> Vec<CallbackVerifier> {
    let mut found: Vec<(String, &Value, String)> = Vec::new();
    if let Some(map) = doc
        .pointer("/components/callbacks")
        .and_then(Value::as_object)
    {
        for (name, callback) in map {
            found.push((
                name.clone(),
                callback,
                format!("/components/callbacks/{}", escape_segment(name)),
            ));
        }
    }
    if let Some(paths) = doc.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            let Some(item) = item.as_object() else {
                continue;
            };
            for (method, op) in item {
                let Some(callbacks) = op.get("callbacks").and_then(Value::as_object) else {
                    continue;
                };
                for (name, callback) in callbacks {
                    if callback.get("$ref").is_some() {
                        continue; // a component callback, already listed
                    }
                    let at = format!(
                        "/paths/{}/{method}/callbacks/{}",
                        escape_segment(path),
                        escape_segment(name)
                    );
                    found.push((name.clone(), super::types::deref(doc, callback), at));
                }
            }
        }
    }
    // OpenAPI 3.1 webhooks: the path item says how each is signed, as a callback does.
    for (name, item) in doc
        .get("webhooks")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        found.push((
            name.clone(),
            item,
            format!("/webhooks/{}", escape_segment(name)),
        ));
    }
    let mut verifiers: Vec<CallbackVerifier> = Vec::new();
    let mut taken = BTreeSet::new();
    for (name, callback, at) in found {
        let Some(x) = callback.get("x-signature") else {
            continue;
        };
        if verifiers.iter().any(|v| v.name == name) {
            continue;
        }
        let text = |k: &str| x.get(k).and_then(Value::as_str).map(String::from);
        if let Some(algorithm) = text("algorithm").filter(|a| a != "hmac-sha256") {
            diagnostics.warning(
                format!("{at}/x-signature/algorithm"),
                format!("only hmac-sha256 callbacks get a verifier, not `{algorithm}`"),
            );
            continue;
        }
        let Some(template) = text("message") else {
            diagnostics.error(
                format!("{at}/x-signature"),
                "x-signature needs `message`: the template that is signed",
            );
            continue;
        };
        let read_back = callback
            .get("x-read-back")
            .and_then(|x| read_back(x, operations, &format!("{at}/x-read-back"), diagnostics));
        verifiers.push(CallbackVerifier {
            read_back,
            fn_name: unique(snake_name(&name), &mut taken),
            name,
            template,
            signature_header: text("header").unwrap_or_else(|| "Signature".into()),
            timestamp_header: text("timestamp-header"),
            tolerance_seconds: x.get("tolerance-seconds").and_then(Value::as_u64),
            docs: docs_of(callback),
        });
    }
    name_readers(&mut verifiers, &mut taken);
    verifiers.sort_by(|a, b| a.name.cmp(&b.name));
    verifiers
}

/// Names each read-back function `read_back_<callback>`, or `<callback>_read_back` when a
/// verifier already has that name (a callback named `read_back_x` beside `x`).
fn name_readers(verifiers: &mut [CallbackVerifier], taken: &mut BTreeSet<String>) {
    for verifier in verifiers.iter_mut() {
        let Some(read) = verifier.read_back.as_mut() else {
            continue;
        };
        let candidates = [
            format!("read_back_{}", verifier.fn_name),
            format!("{}_read_back", verifier.fn_name),
        ];
        read.reader_fn = first_free_of(&candidates, |c| taken.insert(c.to_string())).0;
    }
}

/// `x-customer-auth`: the operation issuing per-customer tokens and how its steps are written.
pub fn lower_customer_auth(doc: &Value, diagnostics: &mut Diagnostics) -> Option<CustomerAuth> {
    let x = doc.get("x-customer-auth")?;
    let at = "/x-customer-auth";
    let text = |k: &str| x.get(k).and_then(Value::as_str).map(String::from);
    let action = |k: &str| {
        x.pointer(&format!("/actions/{k}"))
            .and_then(Value::as_str)
            .map(String::from)
    };
    let required = [
        "operation",
        "customer-header",
        "token-scheme",
        "fields-at",
        "action-field",
        "signature-field",
        "code-field",
        "challenge",
        "token",
    ];
    let mut missing: Vec<&str> = required
        .iter()
        .copied()
        .filter(|k| text(k).is_none())
        .collect();
    if action("challenge").is_none() {
        missing.push("actions/challenge");
    }
    if action("verify").is_none() {
        missing.push("actions/verify");
    }
    if !missing.is_empty() {
        diagnostics.error(at, format!("x-customer-auth needs {}", missing.join(", ")));
        return None;
    }
    let operation_id = text("operation")?;
    let Some((path, credentials)) = token_operation(doc, &operation_id) else {
        diagnostics.error(
            format!("{at}/operation"),
            format!("no POST operation `{operation_id}` with one security scheme authenticates the token requests"),
        );
        return None;
    };
    let token_scheme = text("token-scheme")?;
    if doc
        .pointer(&format!(
            "/components/securitySchemes/{}",
            escape_segment(&token_scheme)
        ))
        .is_none()
    {
        diagnostics.error(
            format!("{at}/token-scheme"),
            format!("`{token_scheme}` is not a security scheme"),
        );
        return None;
    }
    let body = x
        .get("body")
        .cloned()
        .unwrap_or(Value::Object(Default::default()));
    let fields_at = text("fields-at")?;
    if !body.pointer(&fields_at).is_some_and(Value::is_object) {
        diagnostics.error(
            format!("{at}/fields-at"),
            format!("`body` has no object at `{fields_at}`"),
        );
        return None;
    }
    let key_pairs = x.get("key-pairs");
    let sr25519 = key_pairs.and_then(|k| k.get("sr25519")).map(|k| {
        let label = |name: &str| k.get(name).and_then(Value::as_str).unwrap_or_default();
        (
            label("transcript").to_string(),
            label("message-label").to_string(),
        )
    });
    if sr25519.as_ref().is_some_and(|(t, _)| t.is_empty()) {
        diagnostics.error(
            format!("{at}/key-pairs/sr25519"),
            "SR25519 signs a merlin transcript: give its `transcript` label and `message-label`",
        );
        return None;
    }
    Some(CustomerAuth {
        path,
        credentials,
        token_scheme,
        customer_header: text("customer-header")?,
        body: body.to_string(),
        fields_at,
        action_field: text("action-field")?,
        challenge_action: action("challenge")?,
        send_code_action: action("send-code"),
        verify_action: action("verify")?,
        refresh_action: action("refresh"),
        signature_field: text("signature-field")?,
        code_field: text("code-field")?,
        challenge_pointer: text("challenge")?,
        token_pointer: text("token")?,
        expires_at_pointer: text("expires-at"),
        hex_prefix: text("hex-prefix").unwrap_or_default(),
        sr25519,
        rsa_sha256: key_pairs.is_some_and(|k| k.get("rsa-sha256").is_some()),
        inferred: text("x-inferred"),
    })
}

/// Path and credentials scheme of the POST operation `operation_id`.
fn token_operation(doc: &Value, operation_id: &str) -> Option<(String, String)> {
    let paths = doc.get("paths")?.as_object()?;
    for (path, item) in paths {
        let Some(op) = item.get("post") else {
            continue;
        };
        if op.get("operationId").and_then(Value::as_str) != Some(operation_id) {
            continue;
        }
        let security = op.get("security").or_else(|| doc.get("security"))?;
        let first = security.as_array()?.first()?.as_object()?;
        if first.len() != 1 {
            return None;
        }
        return Some((path.clone(), first.keys().next()?.clone()));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec(x: Value) -> Value {
        json!({
            "paths": {"/auth/tokens": {"post": {"operationId": "createAuthToken",
                "security": [{"basicAuth": []}]}}},
            "components": {"securitySchemes": {
                "basicAuth": {"type": "http", "scheme": "basic"},
                "bearerAuth": {"type": "http", "scheme": "bearer"}}},
            "x-customer-auth": x,
        })
    }

    fn complete() -> Value {
        json!({
            "operation": "createAuthToken", "customer-header": "X-Customer", "token-scheme": "bearerAuth",
            "body": {"data": {"attributes": {}}}, "fields-at": "/data/attributes",
            "action-field": "action", "actions": {"challenge": "NONCE", "verify": "VERIFY"},
            "signature-field": "sig", "code-field": "code", "challenge": "/data/attributes/nonce",
            "token": "/data/attributes/token",
            "key-pairs": {"sr25519": {"transcript": "t", "message-label": "m"}},
        })
    }

    fn lower(x: Value) -> (Option<CustomerAuth>, Vec<String>) {
        let mut diagnostics = Diagnostics::new(std::path::Path::new("spec.yaml"));
        let lowered = lower_customer_auth(&spec(x), &mut diagnostics);
        let errors = diagnostics
            .sorted()
            .iter()
            .map(|d| format!("{}: {}", d.pointer, d.message))
            .collect();
        (lowered, errors)
    }

    #[test]
    fn customer_auth_takes_path_and_credentials_from_the_operation() {
        let (lowered, errors) = lower(complete());
        assert!(errors.is_empty(), "{errors:?}");
        let c = lowered.unwrap();
        assert_eq!(
            (c.path.as_str(), c.credentials.as_str()),
            ("/auth/tokens", "basicAuth")
        );
        assert_eq!(c.sr25519, Some(("t".into(), "m".into())));
        assert!(!c.rsa_sha256 && c.send_code_action.is_none() && c.refresh_action.is_none());
        assert_eq!(c.body, r#"{"data":{"attributes":{}}}"#);
    }

    #[test]
    fn customer_auth_problems_are_errors_with_pointers() {
        let mut x = complete();
        x.as_object_mut().unwrap().remove("token");
        x["actions"].as_object_mut().unwrap().remove("verify");
        let (lowered, errors) = lower(x);
        assert!(lowered.is_none());
        assert_eq!(
            errors,
            ["/x-customer-auth: x-customer-auth needs token, actions/verify"]
        );

        let cases = [
            ("operation", json!("nope"), "/x-customer-auth/operation"),
            (
                "token-scheme",
                json!("nope"),
                "/x-customer-auth/token-scheme",
            ),
            (
                "fields-at",
                json!("/data/missing"),
                "/x-customer-auth/fields-at",
            ),
            (
                "key-pairs",
                json!({"sr25519": {}}),
                "/x-customer-auth/key-pairs/sr25519",
            ),
        ];
        for (key, value, pointer) in cases {
            let mut x = complete();
            x[key] = value;
            let (lowered, errors) = lower(x);
            assert!(lowered.is_none(), "{key}");
            assert!(
                errors.len() == 1 && errors[0].starts_with(pointer),
                "{key}: {errors:?}"
            );
        }
    }

    /// A read-back that cannot be generated is an error with its pointer, and the verifier
    /// is still generated without it.
    #[test]
    fn a_read_back_naming_no_usable_operation_is_an_error() {
        let doc = serde_json::json!({"components": {"callbacks": {
            "Paid": {"x-signature": {"message": "{date}|{callback_url}"},
                     "x-read-back": {"operation": "getOrder", "id": "/order_id"}},
            "Moved": {"x-signature": {"message": "{date}|{callback_url}"},
                      "x-read-back": {"operation": "getOrder", "id": "order_id"}},
        }}});
        let mut diagnostics = Diagnostics::new(std::path::Path::new("spec.yaml"));
        let verifiers = lower_callbacks(&doc, &[], &mut diagnostics);
        assert_eq!(verifiers.len(), 2);
        assert!(verifiers.iter().all(|v| v.read_back.is_none()));
        let found: Vec<String> = diagnostics
            .sorted()
            .iter()
            .map(|d| format!("{} {}", d.pointer, d.message))
            .collect();
        assert!(
            found.iter().any(|d| d.starts_with(
                "/components/callbacks/Paid/x-read-back/operation no operation has the operationId `getOrder`"
            )),
            "{found:?}"
        );
        assert!(
            found.iter().any(|d| d.starts_with(
                "/components/callbacks/Moved/x-read-back/id `order_id` is not a JSON pointer"
            )),
            "{found:?}"
        );
    }

    /// A read-back function never takes a verifier's name: `read_back_x` beside a callback
    /// named `read_back_x` becomes `x_read_back`.
    #[test]
    fn read_back_functions_are_named_apart_from_the_verifiers() {
        let read = crate::ir::ReadBack {
            reader_fn: String::new(),
            id_pointer: "/id".into(),
            tag_module: "orders".into(),
            fn_name: "get_order".into(),
            builder_name: "GetOrder".into(),
            method: "GET".into(),
            path: "/orders/{id}".into(),
        };
        let verifier = |fn_name: &str, read_back: Option<crate::ir::ReadBack>| CallbackVerifier {
            name: fn_name.into(),
            fn_name: fn_name.into(),
            template: "{date}".into(),
            signature_header: "Signature".into(),
            timestamp_header: None,
            tolerance_seconds: None,
            read_back,
            docs: Default::default(),
        };
        let mut verifiers = vec![
            verifier("paid", Some(read.clone())),
            verifier("read_back_moved", None),
            verifier("moved", Some(read)),
        ];
        let mut taken: BTreeSet<String> = verifiers.iter().map(|v| v.fn_name.clone()).collect();
        name_readers(&mut verifiers, &mut taken);
        let readers: Vec<Option<&str>> = verifiers
            .iter()
            .map(|v| v.read_back.as_ref().map(|r| r.reader_fn.as_str()))
            .collect();
        assert_eq!(
            readers,
            [Some("read_back_paid"), None, Some("moved_read_back")]
        );
    }

    #[test]
    fn a_credentials_setter_is_named_by_its_kind_and_prefixed_only_when_shared() {
        let doc = json!({"components": {"securitySchemes": {
            "merchantBasic": {"type": "http", "scheme": "basic"},
            "partnerBasic": {"type": "http", "scheme": "basic"},
            "token": {"type": "http", "scheme": "bearer"},
            "mtls": {"type": "mutualTLS"},
        }}});
        let mut diagnostics = Diagnostics::new(std::path::Path::new("spec.yaml"));
        let setters: Vec<(String, Option<String>)> = lower_schemes(&doc, &mut diagnostics)
            .into_iter()
            .map(|s| (s.key, s.credentials_setter))
            .collect();
        let expected = [
            ("merchantBasic", Some("merchant_basic_basic_auth")),
            ("mtls", None),
            ("partnerBasic", Some("partner_basic_basic_auth")),
            ("token", Some("bearer_token")),
        ];
        let expected: Vec<(String, Option<String>)> = expected
            .iter()
            .map(|(k, s)| (k.to_string(), s.map(String::from)))
            .collect();
        assert_eq!(setters, expected);
    }

    #[test]
    fn the_default_environment_is_a_test_one_else_the_first() {
        let default = |servers: Value| {
            let mut diagnostics = Diagnostics::new(std::path::Path::new("spec.yaml"));
            default_environment(&lower_servers(
                &json!({ "servers": servers }),
                &mut diagnostics,
            ))
        };
        let server =
            |env: &str| json!({"url": format!("https://{env}.test"), "x-environment": env});
        // Neither production nor live, wherever it comes.
        let mixed = json!([{"url": "https://plain.test"}, server("production"), server("live"), server("sandbox")]);
        assert_eq!(default(mixed).as_deref(), Some("Sandbox"));
        // Only production-like ones: the first of them.
        let live_first =
            json!([{"url": "https://plain.test"}, server("live"), server("production")]);
        assert_eq!(default(live_first).as_deref(), Some("Live"));
        // No server names an environment.
        assert_eq!(default(json!([{"url": "https://plain.test"}])), None);
    }
}
