//! Example code for the generated README: a client set-up and one call per tag, built only
//! from values the generator can write for sure, so every example compiles (the README is the
//! crate's documentation, and its examples run as doctests).

use crate::ir::{Api, Operation, Presence, SchemeKind, SecurityScheme, Tag, TypeKind, TypeRef};

/// The builder method for a scheme's plain credentials, if it has one.
pub fn setter_of(api: &Api, scheme: &SecurityScheme) -> Option<String> {
    let names = super::client::setter_names(&api.security_schemes);
    api.security_schemes
        .iter()
        .position(|s| s.key == scheme.key)
        .and_then(|i| names[i].clone())
}

/// Arguments of a credentials setter, as environment variable suffixes.
fn setter_args(kind: &SchemeKind) -> &'static [&'static str] {
    match kind {
        SchemeKind::Basic => &["CLIENT_ID", "CLIENT_SECRET"],
        SchemeKind::Bearer { .. } => &["TOKEN"],
        SchemeKind::ApiKey { login: Some(_), .. } => &["LOGIN", "PASSWORD"],
        SchemeKind::ApiKey { .. } => &["API_KEY"],
        SchemeKind::OAuth2ClientCredentials(_) => &["CLIENT_ID", "CLIENT_SECRET"],
        SchemeKind::OAuth2Password(_) => &["USERNAME", "PASSWORD", "CLIENT_ID", "CLIENT_SECRET"],
        SchemeKind::Signature(sig) if sig.key_header.is_some() => &["API_TOKEN", "API_SECRET"],
        SchemeKind::Signature(_) => &["API_SECRET"],
        SchemeKind::Custom { .. } => &[],
    }
}

/// The scheme most operations use; a bearer token obtained by exchange stands for the scheme
/// whose credentials it is exchanged for.
fn main_scheme(api: &Api) -> Option<&SecurityScheme> {
    let mut counts: Vec<(usize, &SecurityScheme)> = api
        .security_schemes
        .iter()
        .map(|s| {
            (
                api.operations
                    .iter()
                    .filter(|op| op.security.first().is_some_and(|alt| alt.contains(&s.key)))
                    .count(),
                s,
            )
        })
        .collect();
    counts.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
    let (_, scheme) = counts
        .into_iter()
        .find(|(_, s)| !matches!(s.kind, SchemeKind::Custom { .. }))?;
    if let SchemeKind::Bearer {
        exchange: Some(exchange),
    } = &scheme.kind
    {
        return api
            .security_schemes
            .iter()
            .find(|s| s.key == exchange.credentials);
    }
    Some(scheme)
}

/// `Client::builder()…build()?` with credentials from environment variables, and the variables.
pub fn client_setup(api: &Api, crate_ident: &str) -> (String, Vec<String>) {
    let prefix = api
        .crate_name
        .trim_end_matches("-client")
        .to_uppercase()
        .replace('-', "_");
    let mut lines = vec![format!("let client = {crate_ident}::Client::builder()")];
    if let Some(variant) = api.servers.iter().find_map(|s| s.variant.as_ref()) {
        lines.push(format!(
            "    .environment({crate_ident}::Environment::{variant})"
        ));
    }
    let mut vars = Vec::new();
    if let Some(scheme) = main_scheme(api) {
        if let Some(setter) = setter_of(api, scheme) {
            let args: Vec<String> = setter_args(&scheme.kind)
                .iter()
                .map(|suffix| {
                    let var = format!("{prefix}_{suffix}");
                    vars.push(var.clone());
                    format!("std::env::var(\"{var}\")?")
                })
                .collect();
            lines.push(format!("    .{setter}({})", args.join(", ")));
        }
    }
    lines.push("    .build()?;".into());
    (lines.join("\n"), vars)
}

/// One call of an operation of `tag` whose arguments can all be written as literals.
pub fn tag_call(api: &Api, tag: &Tag, crate_ident: &str) -> Option<String> {
    api.operations
        .iter()
        .filter(|op| op.tag_module == tag.module)
        .find_map(|op| call(api, op, crate_ident))
}

/// The required arguments of an operation's method as literals, if all can be written.
fn required_args(api: &Api, op: &Operation, crate_ident: &str) -> Option<String> {
    let mut args = Vec::new();
    for p in op.params.iter().filter(|p| p.required) {
        args.push(if p.list {
            "vec![]".to_string()
        } else {
            value(api, &p.ty, crate_ident, 0)?
        });
    }
    if let Some(body) = op.body.as_ref().filter(|b| b.required) {
        args.push(body_value(api, &body.ty, crate_ident)?);
    }
    Some(args.join(", "))
}

fn call(api: &Api, op: &Operation, crate_ident: &str) -> Option<String> {
    let args = required_args(api, op, crate_ident)?;
    let returns_unit = matches!(
        &op.success,
        crate::ir::SuccessShape::Single(crate::ir::ResponseBody::Empty)
    );
    let call = format!(
        "client.{}().{}({args}).send().await?",
        op.tag_module, op.fn_name
    );
    Some(if returns_unit {
        format!("{call};")
    } else {
        format!("let response = {call};\nprintln!(\"{{response:?}}\");")
    })
}

/// A request body argument: bodies are passed as their exact type (a text body is a `String`).
fn body_value(api: &Api, ty: &TypeRef, crate_ident: &str) -> Option<String> {
    match ty {
        TypeRef::String => Some("\"example\".to_string()".into()),
        other => value(api, other, crate_ident, 0),
    }
}

/// A literal of type `ty`, if one can be written without guessing.
fn value(api: &Api, ty: &TypeRef, crate_ident: &str, depth: usize) -> Option<String> {
    Some(match ty {
        TypeRef::String => "\"example\"".into(),
        TypeRef::Bool => "true".into(),
        TypeRef::I32 | TypeRef::I64 => "1".into(),
        TypeRef::F64 => "1.0".into(),
        TypeRef::Uuid => format!("{crate_ident}::runtime::Uuid::nil()"),
        TypeRef::Decimal { .. } => format!("{crate_ident}::runtime::Decimal::ONE"),
        TypeRef::Json | TypeRef::Map(_) => "Default::default()".into(),
        TypeRef::List(_) => "vec![]".into(),
        TypeRef::Bytes => format!("{crate_ident}::runtime::Bytes::from_static(b\"example\")"),
        TypeRef::DateTime => {
            format!("{crate_ident}::runtime::DateTime::parse(\"2024-01-31T12:00:00Z\")")
        }
        TypeRef::Date => format!("{crate_ident}::runtime::Date::parse(\"2024-01-31\")"),
        // Deep enough for envelopes (`{data: {attributes: {..}}}`), shallow enough to stay
        // readable and to stop on recursive types.
        TypeRef::Named(name) if depth < MAX_EXAMPLE_DEPTH => {
            let def = api.types.iter().find(|t| &t.name == name)?;
            match &def.kind {
                TypeKind::Enum(e) => format!(
                    "{crate_ident}::models::{name}::{}",
                    e.variants.first()?.name
                ),
                // A wrapper is written as what it wraps, converted: `Envelope::from(Inner::new(..))`.
                TypeKind::Struct(s) if !s.wraps.is_empty() => {
                    let innermost = TypeRef::Named(s.wraps.last()?.clone());
                    let inner = value(api, &innermost, crate_ident, depth + 1)?;
                    format!("{crate_ident}::models::{name}::from({inner})")
                }
                TypeKind::Struct(s) => {
                    let required: Vec<String> = s
                        .fields
                        .iter()
                        .filter(|f| f.presence == Presence::Required && f.constant.is_none())
                        .map(|f| value(api, &f.ty, crate_ident, depth + 1))
                        .collect::<Option<_>>()?;
                    format!(
                        "{crate_ident}::models::{name}::new({})",
                        required.join(", ")
                    )
                }
                // A union is shown with its first variant that can be written.
                TypeKind::Union(u) => u.variants.iter().find_map(|v| {
                    let inner = value(api, &v.ty, crate_ident, depth + 1)?;
                    let inner = if v.boxed {
                        format!("Box::new({inner})")
                    } else {
                        inner
                    };
                    Some(format!(
                        "{crate_ident}::models::{name}::{}({inner})",
                        v.name
                    ))
                })?,
            }
        }
        _ => return None,
    })
}

/// How many named types deep an example value may nest.
const MAX_EXAMPLE_DEPTH: usize = 4;

/// Walking every item of the first paged operation whose arguments can be written as literals.
pub fn pagination_walk(api: &Api, crate_ident: &str) -> Option<String> {
    api.operations.iter().filter(|op| op.pagination.is_some()).find_map(|op| {
        let args = required_args(api, op, crate_ident)?;
        Some(format!(
            "use {crate_ident}::runtime::futures::StreamExt;\n\nlet mut items = std::pin::pin!(client.{}().{}({}).into_stream());\nwhile let Some(item) = items.next().await {{\n    println!(\"{{:?}}\", item?);\n}}",
            op.tag_module,
            op.fn_name,
            args
        ))
    })
}
