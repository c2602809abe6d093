//! The client as a whole: operation groups, environments, credentials, the error type,
//! callback verifiers, and crate-wide wire behaviour.

use super::{match_by, rust_type, value_type, Changes, Impact};
use crate::ir::{Api, SchemeKind, SecurityScheme, Server, SharedHeader};

pub(super) fn compare(old: &Api, new: &Api, changes: &mut Changes) {
    compare_groups(old, new, changes);
    compare_environments(old, new, changes);
    compare_schemes(old, new, changes);
    compare_shared_headers(old, new, changes);
    if rust_type(&old.error_type) != rust_type(&new.error_type) {
        changes.push(
            Impact::Breaking,
            "Error",
            format!(
                "error bodies decode into `{}`, was `{}`",
                rust_type(&new.error_type),
                rust_type(&old.error_type)
            ),
        );
    }
    if old.error_envelope != new.error_envelope {
        changes.push(
            Impact::Internal,
            "Error",
            "the success-code check of 2xx bodies (`x-error-envelope`) changed",
        );
    }
    if old.request_id_header != new.request_id_header {
        changes.push(
            Impact::Internal,
            "Response::request_id",
            format!(
                "read from {}, was {}",
                header(&new.request_id_header),
                header(&old.request_id_header)
            ),
        );
    }
    let callbacks = match_by(&old.callbacks, &new.callbacks, |c| c.fn_name.clone());
    for c in callbacks.removed {
        changes.push(
            Impact::Breaking,
            &format!("callbacks::{}", c.fn_name),
            "callback verifier removed",
        );
    }
    for c in callbacks.added {
        changes.push(
            Impact::Additive,
            &format!("callbacks::{}", c.fn_name),
            "new callback verifier",
        );
    }
    for (a, b) in callbacks.both {
        let rule = |c: &crate::ir::CallbackVerifier| {
            (
                c.template.clone(),
                c.signature_header.clone(),
                c.timestamp_header.clone(),
                c.tolerance_seconds,
            )
        };
        if rule(a) != rule(b) {
            changes.push(
                Impact::Internal,
                &format!("callbacks::{}", b.fn_name),
                "signature rule changed",
            );
        }
    }
    if old.api_version != new.api_version {
        changes.push(
            Impact::Internal,
            "crate docs",
            format!(
                "API version `{}`, was `{}`",
                new.api_version, old.api_version
            ),
        );
    }
}

fn header(name: &Option<String>) -> String {
    match name {
        Some(name) => format!("`{name}`"),
        None => "no header".into(),
    }
}

fn compare_groups(old: &Api, new: &Api, changes: &mut Changes) {
    let matched = match_by(&old.tags, &new.tags, |t| t.module.clone());
    for tag in matched.removed {
        changes.push(
            Impact::Breaking,
            &format!("client.{}()", tag.module),
            "operation group removed",
        );
    }
    for tag in matched.added {
        changes.push(
            Impact::Additive,
            &format!("client.{}()", tag.module),
            format!("new operation group `{}`", tag.struct_name),
        );
    }
    for (a, b) in matched.both {
        if a.struct_name != b.struct_name {
            changes.push(
                Impact::Breaking,
                &format!("client.{}()", b.module),
                format!("returns `{}`, was `{}`", b.struct_name, a.struct_name),
            );
        }
        if a.feature != b.feature {
            changes.push(
                Impact::Breaking,
                &format!("client.{}()", b.module),
                format!("enabled by feature `{}`, was `{}`", b.feature, a.feature),
            );
        }
    }
    compare_features(old, new, changes);
}

/// The crate's tag features (all on by default): one a build names must still exist.
fn compare_features(old: &Api, new: &Api, changes: &mut Changes) {
    let features = |api: &Api| -> std::collections::BTreeSet<String> {
        api.tags.iter().map(|t| t.feature.clone()).collect()
    };
    let (was, now) = (features(old), features(new));
    for removed in was.difference(&now) {
        changes.push(
            Impact::Breaking,
            &format!("feature `{removed}`"),
            "cargo feature removed",
        );
    }
    for added in now.difference(&was) {
        changes.push(
            Impact::Additive,
            &format!("feature `{added}`"),
            "new cargo feature (on by default)",
        );
    }
}

/// Servers with `x-environment` are `Environment` variants; the others only change URLs.
fn compare_environments(old: &Api, new: &Api, changes: &mut Changes) {
    let named = |api: &Api| -> Vec<Server> {
        api.servers
            .iter()
            .filter(|s| s.variant.is_some())
            .cloned()
            .collect()
    };
    let (before, after) = (named(old), named(new));
    let matched = match_by(&before, &after, |s| s.variant.clone());
    let variant = |s: &Server| format!("Environment::{}", s.variant.as_deref().unwrap_or(""));
    for s in matched.removed {
        changes.push(Impact::Breaking, &variant(s), "environment removed");
    }
    for s in matched.added {
        // `Environment` is `#[non_exhaustive]`.
        changes.push(
            Impact::Additive,
            &variant(s),
            format!("new environment at `{}`", s.url),
        );
    }
    for (a, b) in matched.both {
        if a.url != b.url {
            changes.push(
                Impact::Internal,
                &variant(b),
                format!("URL `{}`, was `{}`", b.url, a.url),
            );
        }
    }
    let unnamed = |api: &Api| -> Vec<String> {
        api.servers
            .iter()
            .filter(|s| s.variant.is_none())
            .map(|s| s.url.clone())
            .collect()
    };
    if unnamed(old) != unnamed(new) {
        changes.push(
            Impact::Internal,
            "servers",
            "servers without an environment changed (reachable by custom base URL only)",
        );
    }
    // The environment a client talks to without `.environment(..)`.
    let default = |api: &Api| api.default_environment.clone();
    if default(old) != default(new) {
        changes.push(
            Impact::Internal,
            "Environment::default",
            format!(
                "a client without `.environment(..)` talks to {}, was {}",
                default(new).unwrap_or_else(|| "no environment".into()),
                default(old).unwrap_or_else(|| "no environment".into())
            ),
        );
    }
}

/// The builder's client-wide defaults of the headers most operations share.
fn compare_shared_headers(old: &Api, new: &Api, changes: &mut Changes) {
    let matched = match_by(&old.shared_headers, &new.shared_headers, |h| {
        h.setter.clone()
    });
    let item = |h: &SharedHeader| format!("ClientBuilder::{}", h.setter);
    for h in matched.removed {
        changes.push(
            Impact::Breaking,
            &item(h),
            format!(
                "client-wide default of the `{}` header removed",
                h.wire_name
            ),
        );
    }
    for h in matched.added {
        changes.push(
            Impact::Additive,
            &item(h),
            format!("new client-wide default of the `{}` header", h.wire_name),
        );
    }
    for (a, b) in matched.both {
        let value = |h: &SharedHeader| value_type(&h.ty, h.list);
        if value(a) != value(b) {
            changes.push(
                Impact::Breaking,
                &item(b),
                format!("takes `{}`, was `{}`", value(b), value(a)),
            );
        }
    }
}

fn compare_schemes(old: &Api, new: &Api, changes: &mut Changes) {
    let matched = match_by(&old.security_schemes, &new.security_schemes, |s| {
        s.key.clone()
    });
    let item = |s: &SecurityScheme| format!("ClientBuilder::{}_provider", s.method_name);
    for s in matched.removed {
        changes.push(
            Impact::Breaking,
            &item(s),
            format!(
                "security scheme `{}` removed with its builder methods",
                s.key
            ),
        );
    }
    for s in matched.added {
        changes.push(
            Impact::Additive,
            &item(s),
            format!("new security scheme `{}` ({})", s.key, kind_word(&s.kind)),
        );
    }
    for (a, b) in matched.both {
        if a.method_name != b.method_name {
            changes.push(
                Impact::Breaking,
                &item(a),
                format!(
                    "security scheme `{}`: builder methods renamed to `{}_*`",
                    b.key, b.method_name
                ),
            );
        }
        // Another scheme of the same kind prefixes (or no longer prefixes) the setter's name.
        if let (Some(was), Some(now)) = (&a.credentials_setter, &b.credentials_setter) {
            if was != now
                && a.method_name == b.method_name
                && kind_word(&a.kind) == kind_word(&b.kind)
            {
                changes.push(
                    Impact::Breaking,
                    &format!("ClientBuilder::{was}"),
                    format!(
                        "security scheme `{}`: credentials setter renamed to `{now}`",
                        b.key
                    ),
                );
            }
        }
        if kind_word(&a.kind) != kind_word(&b.kind) {
            // The credentials setter takes other arguments.
            changes.push(
                Impact::Breaking,
                &item(b),
                format!(
                    "security scheme `{}` is {}, was {}",
                    b.key,
                    kind_word(&b.kind),
                    kind_word(&a.kind)
                ),
            );
        } else if a.kind != b.kind {
            changes.push(
                Impact::Internal,
                &item(b),
                format!(
                    "security scheme `{}`: details changed (token URL, scopes, header, login or signature)",
                    b.key
                ),
            );
        }
    }
}

/// The kind of credentials a scheme's setter takes.
fn kind_word(kind: &SchemeKind) -> &'static str {
    match kind {
        SchemeKind::Basic => "HTTP Basic",
        SchemeKind::Bearer { exchange: None } => "a bearer token",
        SchemeKind::Bearer { exchange: Some(_) } => "a bearer token by exchange",
        SchemeKind::ApiKey { login: None, .. } => "an API key",
        SchemeKind::ApiKey { login: Some(_), .. } => "a session token by login",
        SchemeKind::OAuth2ClientCredentials(_) => "OAuth2 client credentials",
        SchemeKind::OAuth2Password(_) => "OAuth2 password grant",
        SchemeKind::Signature(s) if s.key_header.is_some() => "a request signature with a key",
        SchemeKind::Signature(_) => "a request signature",
        SchemeKind::Custom { .. } => "a custom provider",
    }
}
