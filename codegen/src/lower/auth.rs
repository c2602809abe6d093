//! Servers and security schemes → environments and credential set-ups.

use std::collections::BTreeSet;

use serde_json::Value;

use super::names::{snake_name, type_name, unique};
use super::types::docs_of;
use crate::diagnostics::{escape_segment, Diagnostics};
use crate::ir::{
    CallbackVerifier, ExpiryFormat, Login, OAuth2, ParamLocation, SchemeKind, SecurityScheme,
    Server, Signature, TokenExchange,
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
            kind,
            docs: docs_of(scheme),
        });
    }
    schemes
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

/// Callbacks with `x-signature`, from `components/callbacks` and from operations.
pub fn lower_callbacks(doc: &Value, diagnostics: &mut Diagnostics) -> Vec<CallbackVerifier> {
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
        verifiers.push(CallbackVerifier {
            fn_name: unique(snake_name(&name), &mut taken),
            name,
            template,
            signature_header: text("header").unwrap_or_else(|| "Signature".into()),
            timestamp_header: text("timestamp-header"),
            tolerance_seconds: x.get("tolerance-seconds").and_then(Value::as_u64),
            docs: docs_of(callback),
        });
    }
    verifiers.sort_by(|a, b| a.name.cmp(&b.name));
    verifiers
}
