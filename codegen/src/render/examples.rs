//! Example code for the generated README: a client set-up and one call per tag, built only
//! from values the generator can write for sure, so every example compiles (the README is the
//! crate's documentation, and its examples run as doctests).

use std::collections::BTreeSet;

use crate::ir::{Api, Operation, Presence, SchemeKind, SecurityScheme, Tag, TypeKind, TypeRef};

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
        if let Some(setter) = &scheme.credentials_setter {
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

/// The models an example names, imported once at its top so the calls read as a person writes
/// them (`TokenCreateRequest::from(..)`, not a path per type).
struct Imports<'a> {
    crate_ident: &'a str,
    models: BTreeSet<String>,
}

impl<'a> Imports<'a> {
    fn new(crate_ident: &'a str) -> Self {
        Imports {
            crate_ident,
            models: BTreeSet::new(),
        }
    }

    /// `use crate::models::{..};` lines, or nothing.
    fn lines(&self) -> String {
        let crate_ident = self.crate_ident;
        let names: Vec<&str> = self.models.iter().map(String::as_str).collect();
        match names.as_slice() {
            [] => String::new(),
            [one] => format!("use {crate_ident}::models::{one};\n"),
            many => format!("use {crate_ident}::models::{{{}}};\n", many.join(", ")),
        }
    }
}

/// The call's arguments and, when the body is a model, the `let body = ..;` statement before it.
struct Arguments {
    list: String,
    body: Option<String>,
}

/// The required arguments of an operation's method as literals, if all can be written.
fn required_args(api: &Api, op: &Operation, imports: &mut Imports<'_>) -> Option<Arguments> {
    let mut args = Vec::new();
    // A shared header is a setter even when required: the client may supply it.
    for p in op
        .params
        .iter()
        .filter(|p| p.required && p.client_default.is_none())
    {
        args.push(if p.list {
            "vec![]".to_string()
        } else {
            value(api, &p.ty, imports, 0)?
        });
    }
    let mut body = None;
    if let Some(b) = op.body.as_ref().filter(|b| b.required) {
        let text = body_value(api, &b.ty, imports)?;
        if matches!(b.ty, TypeRef::Named(_)) {
            body = Some(format!("let body = {text};"));
            args.push("body".to_string());
        } else {
            args.push(text);
        }
    }
    Some(Arguments {
        list: args.join(", "),
        body,
    })
}

fn call(api: &Api, op: &Operation, crate_ident: &str) -> Option<String> {
    let mut imports = Imports::new(crate_ident);
    let args = required_args(api, op, &mut imports)?;
    let returns_unit = matches!(
        &op.success,
        crate::ir::SuccessShape::Single(crate::ir::ResponseBody::Empty)
    );
    let call = format!(
        "client.{}().{}({}).send().await?",
        op.tag_module, op.fn_name, args.list
    );
    let call = if returns_unit {
        format!("{call};")
    } else {
        format!("let response = {call};\nprintln!(\"{{response:?}}\");")
    };
    let body = args.body.map(|b| format!("{b}\n")).unwrap_or_default();
    let imports = match imports.lines() {
        lines if lines.is_empty() => lines,
        lines => format!("{lines}\n"),
    };
    Some(format!("{imports}{body}{call}"))
}

/// A request body argument: bodies are passed as their exact type (a text body is a `String`).
fn body_value(api: &Api, ty: &TypeRef, imports: &mut Imports<'_>) -> Option<String> {
    match ty {
        TypeRef::String => Some("\"example\".to_string()".into()),
        // Bodies are `impl Into<..>`: an empty collection or JSON value names its type.
        TypeRef::List(_) | TypeRef::Map(_) | TypeRef::Json => {
            let crate_ident = imports.crate_ident;
            let ty = super::types::type_text(ty, super::types::ModelPath::Crate)
                .replace("crate::models::", &format!("{crate_ident}::models::"))
                .replace("paygen_runtime::", &format!("{crate_ident}::runtime::"))
                .replace(
                    "serde_json::",
                    &format!("{crate_ident}::runtime::serde_json::"),
                );
            Some(format!("<{ty}>::default()"))
        }
        other => value(api, other, imports, 0),
    }
}

/// A literal of type `ty`, if one can be written without guessing; the models it names are
/// added to `imports`.
fn value(api: &Api, ty: &TypeRef, imports: &mut Imports<'_>, depth: usize) -> Option<String> {
    let runtime = format!("{}::runtime", imports.crate_ident);
    Some(match ty {
        TypeRef::String => "\"example\"".into(),
        TypeRef::Bool => "true".into(),
        TypeRef::I32 | TypeRef::I64 => "1".into(),
        TypeRef::F64 => "1.0".into(),
        TypeRef::Uuid => format!("{runtime}::Uuid::nil()"),
        TypeRef::Decimal { .. } => format!("{runtime}::Decimal::ONE"),
        TypeRef::Json | TypeRef::Map(_) => "Default::default()".into(),
        TypeRef::List(_) => "vec![]".into(),
        TypeRef::Bytes => format!("{runtime}::Bytes::from_static(b\"example\")"),
        TypeRef::DateTime => format!("{runtime}::DateTime::parse(\"2024-01-31T12:00:00Z\")"),
        TypeRef::Date => format!("{runtime}::Date::parse(\"2024-01-31\")"),
        // Deep enough for envelopes (`{data: {attributes: {..}}}`), shallow enough to stay
        // readable and to stop on recursive types.
        TypeRef::Named(name) if depth < MAX_EXAMPLE_DEPTH => {
            let def = api.types.iter().find(|t| &t.name == name)?;
            let text = match &def.kind {
                TypeKind::Enum(e) => format!("{name}::{}", e.variants.first()?.name),
                // A wrapper is written as what it wraps, converted: `Envelope::from(Inner::new(..))`.
                TypeKind::Struct(s) if !s.wraps.is_empty() => {
                    let innermost = TypeRef::Named(s.wraps.last()?.clone());
                    let inner = value(api, &innermost, imports, depth + 1)?;
                    format!("{name}::from({inner})")
                }
                TypeKind::Struct(s) => {
                    let required: Vec<String> = s
                        .fields
                        .iter()
                        .filter(|f| f.presence == Presence::Required && f.constant.is_none())
                        .map(|f| value(api, &f.ty, imports, depth + 1))
                        .collect::<Option<_>>()?;
                    format!("{name}::new({})", required.join(", "))
                }
                // A union is shown with its first variant that can be written.
                TypeKind::Union(u) => u.variants.iter().find_map(|v| {
                    let inner = value(api, &v.ty, imports, depth + 1)?;
                    let inner = if v.boxed {
                        format!("Box::new({inner})")
                    } else {
                        inner
                    };
                    Some(format!("{name}::{}({inner})", v.name))
                })?,
            };
            imports.models.insert(name.clone());
            text
        }
        _ => return None,
    })
}

/// How many named types deep an example value may nest.
const MAX_EXAMPLE_DEPTH: usize = 4;

/// Walking every item of the first paged operation whose arguments can be written as literals.
pub fn pagination_walk(api: &Api, crate_ident: &str) -> Option<String> {
    api.operations.iter().filter(|op| op.pagination.is_some()).find_map(|op| {
        let mut imports = Imports::new(crate_ident);
        let args = required_args(api, op, &mut imports)?;
        let body = args.body.map(|b| format!("{b}\n")).unwrap_or_default();
        Some(format!(
            "use {crate_ident}::runtime::futures::StreamExt;\n{}\n{body}let mut items = std::pin::pin!(client.{}().{}({}).into_stream());\nwhile let Some(item) = items.next().await {{\n    println!(\"{{:?}}\", item?);\n}}",
            imports.lines(),
            op.tag_module,
            op.fn_name,
            args.list
        ))
    })
}
