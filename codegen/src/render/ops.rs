//! Operations → `src/operations/<tag>.rs`: one group struct per tag; per operation a builder
//! type of its own (its rustdoc page lists its parameters), with the setters, `send`,
//! `send_with_response` and, when paged, `into_stream`, and its `paygen_runtime::Operation` impl
//! (its route, request building and response decoding). The per-call options come from
//! `paygen_runtime::CallOptions` and the sending from the crate's `client::Call`, written once.
//! Written as text ([`super::text`]): every operation has the same few shapes.

use serde_json::Value;

use super::docs::{clean, labelled, lines, parts};
use super::text::{string, Text, Writer};
use super::types::{type_text, ModelPath};
use crate::ir::{
    Api, BodyMedia, ErrorEnvelope, FormEncoding, Operation, PageStop, Param, ParamLocation,
    ParamStyle, ResponseBody, StatusMatch, SuccessShape, Tag, TypeKind, TypeRef,
};

fn ty(t: &TypeRef) -> String {
    type_text(t, ModelPath::Crate)
}

/// The Rust type `send()` returns.
fn success_type(op: &Operation) -> String {
    match &op.success {
        SuccessShape::Single(body) => body_type(body),
        SuccessShape::Enum { name, .. } => format!("crate::models::{name}"),
    }
}

fn body_type(body: &ResponseBody) -> String {
    match body {
        ResponseBody::Empty => "()".into(),
        ResponseBody::Json(t) => ty(t),
        ResponseBody::Text => "String".into(),
        ResponseBody::Binary => "paygen_runtime::Bytes".into(),
    }
}

/// One tag's module.
pub fn render_tag(api: &Api, tag: &Tag) -> Text {
    let ops: Vec<&Operation> = api
        .operations
        .iter()
        .filter(|op| op.tag_module == tag.module)
        .collect();
    let mut w = Writer::with_capacity(512 + 3072 * ops.len());
    // Short names keep the senders' signatures within a line (rustfmt's order of `use`s).
    w.line(0, "use crate::client::{Call, Client};");
    w.line(0, "use paygen_runtime::Response;");
    if ops.iter().any(|op| op.pagination.is_some()) {
        w.line(0, "use paygen_runtime::futures::Stream;");
    }
    w.line(0, "use std::future::Future;");
    w.end_item();
    w.docs(0, &tag_docs(tag, &ops));
    w.line(0, "#[derive(Clone, Copy, Debug)]");
    w.line(0, &format!("pub struct {}<'a> {{", tag.struct_name));
    w.line(4, "pub(crate) client: &'a Client,");
    w.line(0, "}");
    w.end_item();
    w.line(0, &format!("impl<'a> {}<'a> {{", tag.struct_name));
    for op in &ops {
        entry(&mut w, op);
    }
    w.line(0, "}");
    w.end_item();
    for op in &ops {
        builder(&mut w, api, tag, op);
    }
    w.finish()
}

/// The docs of a tag's group, module and accessor: the spec's description of the tag, or else
/// the operations it holds (`ops`), by name.
fn tag_docs(tag: &Tag, ops: &[&Operation]) -> Vec<String> {
    parts(&lines(&tag.docs, &group_summary(&tag.name, ops)))
}

/// The first paragraph of [`tag_docs`], for the module list and the client's accessor (the
/// group's own page carries the rest).
pub(crate) fn tag_summary(api: &Api, tag: &Tag) -> Vec<String> {
    let ops: Vec<&Operation> = api
        .operations
        .iter()
        .filter(|op| op.tag_module == tag.module)
        .collect();
    tag_docs(tag, &ops)
        .into_iter()
        .take_while(|line| !line.is_empty())
        .collect()
}

/// What a tag's group holds when the spec does not describe the tag: its operations, by name.
fn group_summary(tag: &str, ops: &[&Operation]) -> String {
    let names: Vec<String> = ops.iter().map(|op| format!("`{}`", op.fn_name)).collect();
    let list = match names.split_last() {
        None => return format!("Operations tagged `{tag}` in the spec; none are generated."),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    };
    let count = match names.len() {
        1 => "The operation".to_string(),
        n => format!("The {n} operations"),
    };
    format!("{count} tagged `{tag}`: {list}.")
}

/// The type a caller passes: strings, dates, decimals and model types take anything that
/// converts into them (`time` values, integers, wrapped bodies). A `Uuid` is taken as it is:
/// nothing useful converts into one, and `id.parse()?` keeps inferring its type.
fn argument_type(p: &Param) -> String {
    if takes_into(p) {
        format!("impl Into<{}>", param_type(p))
    } else {
        param_type(p)
    }
}

fn param_type(p: &Param) -> String {
    if p.list {
        format!("Vec<{}>", ty(&p.ty))
    } else {
        ty(&p.ty)
    }
}

fn takes_into(p: &Param) -> bool {
    !p.list
        && matches!(
            p.ty,
            TypeRef::String
                | TypeRef::DateTime
                | TypeRef::Date
                | TypeRef::Decimal { .. }
                | TypeRef::Named(_)
        )
}

/// Whether the call takes `p` as an argument of the method that starts it: required, and not a
/// header the client may supply.
fn is_argument(p: &Param) -> bool {
    p.required && p.client_default.is_none()
}

fn operation_doc_lines(op: &Operation) -> Vec<String> {
    let mut out = lines(&op.docs, &op.id);
    out.push(String::new());
    out.push(format!("`{} {}`", op.method, op.path));
    let required: Vec<&Param> = op.params.iter().filter(|p| is_argument(p)).collect();
    if !required.is_empty() || op.body.as_ref().is_some_and(|b| b.required) {
        out.push(String::new());
        out.push("# Arguments".into());
        for p in required {
            let text = p
                .docs
                .description
                .as_deref()
                .or(p.docs.summary.as_deref())
                .map(clean)
                .unwrap_or_default();
            out.push(format!(
                "- `{}` (`{}`): {}",
                p.name,
                p.wire_name,
                text.replace('\n', " ")
            ));
        }
        if let Some(body) = op.body.as_ref().filter(|b| b.required) {
            out.push(format!(
                "- `body`: the request body ({})",
                body.content_type
            ));
        }
    }
    if let Some(key) = op.idempotency_key.as_ref().filter(|_| !op.idempotent) {
        out.push(String::new());
        out.push(format!(
            "Retried on transient failures only when the body's `{}` is set and not empty: the \
             key makes a retry safe. Without it the request is sent once.",
            key.rsplit('/').next().unwrap_or(key)
        ));
    }
    if op.pagination.is_some() {
        out.push(String::new());
        out.push(format!(
            "Pages: [`into_stream`]({}::into_stream) on the returned call walks every item.",
            op.builder_name
        ));
    }
    out
}

/// The group's method that starts a call: required parameters as arguments, the rest unset or
/// the client's default.
fn entry(w: &mut Writer, op: &Operation) {
    w.docs(4, &parts(&operation_doc_lines(op)));
    if op.docs.deprecated {
        w.line(4, "#[deprecated]");
    }
    let body = op.body.as_ref().filter(|b| b.required);
    let mut params = vec!["&self".to_string()];
    params.extend(
        op.params
            .iter()
            .filter(|p| is_argument(p))
            .map(|p| format!("{}: {}", p.name, argument_type(p))),
    );
    params.extend(body.map(|b| format!("body: impl Into<{}>", ty(&b.ty))));
    let builder = &op.builder_name;
    w.signature(
        4,
        &format!("pub fn {}", op.fn_name),
        &params,
        &format!(" -> {builder}<'a>"),
    );
    let mut fields = vec!["call: Call::new(self.client)".to_string()];
    for p in &op.params {
        fields.push(if p.client_default.is_some() {
            let default = format!("self.client.defaults.{}.clone()", p.name);
            w.narrow(&default);
            format!("{}: {default}", p.name)
        } else if !p.required {
            format!("{}: None", p.name)
        } else if takes_into(p) {
            format!("{0}: {0}.into()", p.name)
        } else {
            p.name.clone()
        });
    }
    match &op.body {
        Some(b) if b.required => fields.push("body: body.into()".into()),
        Some(_) => fields.push("body: None".into()),
        None => {}
    }
    w.struct_literal(8, builder, &fields, "");
    w.line(4, "}");
}

fn builder(w: &mut Writer, api: &Api, tag: &Tag, op: &Operation) {
    let builder = &op.builder_name;
    let summary = lines(&op.docs, &op.id).swap_remove(0);
    w.docs(
        0,
        &parts(&[
            summary,
            String::new(),
            format!(
                "`{} {}`, started by [`{}::{}`]. {}; per-call options (timeout, deadline, \
                 retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).",
                op.method,
                op.path,
                tag.struct_name,
                op.fn_name,
                if has_setters(op) {
                    "Set its optional parameters with the methods below, then `.send().await`"
                } else {
                    "Send it with `.send().await`"
                }
            ),
        ]),
    );
    // Sensitive parameters are printed redacted by a hand-written `Debug`.
    let redacted = op.params.iter().any(|p| p.sensitive.is_some());
    w.line(
        0,
        if redacted {
            "#[derive(Clone)]"
        } else {
            "#[derive(Clone, Debug)]"
        },
    );
    w.line(
        0,
        "#[must_use = \"a request does nothing until `.send().await`\"]",
    );
    let mut fields = vec!["call: Call<'a>,".to_string()];
    fields.extend(op.params.iter().map(|p| {
        if is_argument(p) {
            format!("{}: {},", p.name, param_type(p))
        } else {
            format!("{}: Option<{}>,", p.name, param_type(p))
        }
    }));
    if let Some(b) = &op.body {
        if b.required {
            fields.push(format!("body: {},", ty(&b.ty)));
        } else {
            fields.push(format!("body: Option<{}>,", ty(&b.ty)));
        }
    }
    w.line(0, &format!("pub struct {builder}<'a> {{"));
    for field in &fields {
        w.line(4, field);
    }
    w.line(0, "}");
    w.end_item();
    if redacted {
        super::redact::operation_debug(w, op);
        w.end_item();
    }
    methods(w, op);
    w.line(
        0,
        &format!("impl paygen_runtime::CallOptions for {builder}<'_> {{"),
    );
    w.line(4, "#[inline]");
    w.line(
        4,
        "fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {",
    );
    w.line(8, "&mut self.call.options");
    w.line(4, "}");
    w.line(0, "}");
    w.end_item();
    operation_impl(w, api, op);
    if op.pagination.is_some() {
        paged_impl(w, api, op);
    }
}

/// Whether the builder has setters: parameters not passed as arguments, or an optional body.
fn has_setters(op: &Operation) -> bool {
    op.params.iter().any(|p| !is_argument(p)) || op.body.as_ref().is_some_and(|b| !b.required)
}

/// The builder's own methods: setters of the parameters not passed as arguments and of an
/// optional body, then sending.
fn methods(w: &mut Writer, op: &Operation) {
    w.line(0, &format!("impl<'a> {}<'a> {{", op.builder_name));
    for p in op.params.iter().filter(|p| !is_argument(p)) {
        let mut doc_lines = setter_docs(p);
        if let Some(client_setter) = &p.client_default {
            doc_lines.push(String::new());
            doc_lines.push(format!(
                "Overrides the client's default, set with [`ClientBuilder::{0}`](crate::ClientBuilder::{0}){1}.",
                client_setter,
                if p.required {
                    "; one of the two is required"
                } else {
                    ""
                }
            ));
        }
        w.docs(4, &parts(&doc_lines));
        let value = if takes_into(p) {
            "value.into()"
        } else {
            "value"
        };
        setter(w, &p.setter, &p.name, &argument_type(p), value);
    }
    if let Some(b) = op.body.as_ref().filter(|b| !b.required) {
        let label = format!("Request body, sent as `{}`", b.content_type);
        w.docs(4, &parts(&labelled(&label, &lines(&b.docs, ""))));
        setter(
            w,
            "body",
            "body",
            &format!("impl Into<{}>", ty(&b.ty)),
            "value.into()",
        );
    }
    let output = success_type(op);
    // Not `async fn`s: the generic ones in `client::Call` hold the only state machine, checked
    // once rather than once per operation.
    w.line(
        4,
        "/// Sends the request and returns the decoded body: `.send().await`.",
    );
    w.line(4, "#[inline]");
    w.signature(
        4,
        "pub fn send",
        &["self".to_string()],
        &format!(" -> impl Future<Output = Result<{output}, crate::Error>> + 'a"),
    );
    w.line(8, "self.call.clone().send(self)");
    w.line(4, "}");
    w.line(
        4,
        "/// Sends the request and returns the body with the status, headers and request id:",
    );
    w.line(4, "/// `.send_with_response().await`.");
    w.line(4, "#[inline]");
    w.signature(
        4,
        "pub fn send_with_response",
        &["self".to_string()],
        &format!(" -> impl Future<Output = Result<Response<{output}>, crate::Error>> + 'a"),
    );
    w.line(8, "self.call.clone().send_with_response(self)");
    w.line(4, "}");
    if let Some(pagination) = &op.pagination {
        w.line(
            4,
            "/// Walks every page from the first, yielding items one by one. The stream ends after",
        );
        w.line(
            4,
            "/// the last page, on an empty page, or after the first error.",
        );
        w.line(4, "#[inline]");
        let item = format!(
            "impl Stream<Item = Result<{}, crate::Error>> + 'a",
            ty(&pagination.item)
        );
        w.signature(
            4,
            "pub fn into_stream",
            &["self".to_string()],
            &format!(" -> {item}"),
        );
        w.line(8, "self.call.clone().stream(self)");
        w.line(4, "}");
    }
    w.line(0, "}");
    w.end_item();
}

/// The docs of a parameter's setter: where it is sent, then the spec's words or, without them,
/// the facts its schema gives (lowering put those in its description).
fn setter_docs(p: &Param) -> Vec<String> {
    let word = location_word(p.location);
    let mut label = word[..1].to_ascii_uppercase() + &word[1..];
    label.push_str(&format!(" parameter `{}`", p.wire_name));
    labelled(&label, &lines(&p.docs, ""))
}

/// A setter method `name` that stores its value in the builder's `field`.
fn setter(w: &mut Writer, name: &str, field: &str, ty: &str, value: &str) {
    let params = ["mut self".to_string(), format!("value: {ty}")];
    w.signature(4, &format!("pub fn {name}"), &params, " -> Self");
    let target = format!("self.{field}");
    w.narrow(&target);
    w.call(8, &format!("{target} = Some"), &[value], ";");
    w.line(8, "self");
    w.line(4, "}");
}

fn location_word(location: ParamLocation) -> &'static str {
    match location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    }
}

/// The `Operation` impl: the route, the request from the parameters, the response by status.
fn operation_impl(w: &mut Writer, api: &Api, op: &Operation) {
    w.line(
        0,
        &format!(
            "impl paygen_runtime::Operation for {}<'_> {{",
            op.builder_name
        ),
    );
    w.line(4, &format!("type Output = {};", success_type(op)));
    w.line(4, "type ErrorBody = crate::ErrorBody;");
    w.line(
        4,
        "const ROUTE: paygen_runtime::Route = paygen_runtime::Route {",
    );
    w.line(
        8,
        &format!("method: paygen_runtime::Method::{},", op.method),
    );
    w.line(8, &format!("path: {},", string(&op.path)));
    let alternatives: Vec<String> = op
        .security
        .iter()
        .map(|schemes| {
            let schemes: Vec<String> = schemes.iter().map(|s| string(s)).collect();
            format!("&[{}]", schemes.join(", "))
        })
        .collect();
    let security = alternatives.join(", ");
    w.narrow(&security);
    w.line(8, &format!("security: &[{security}],"));
    w.line(8, &format!("idempotent: {},", op.idempotent));
    w.line(4, "};");
    request(w, api, op);
    decode(w, api, op);
    w.line(0, "}");
    w.end_item();
}

/// `request()`, unless the route alone is the request (the trait's default).
fn request(w: &mut Writer, api: &Api, op: &Operation) {
    if op.params.is_empty() && op.body.is_none() && op.accept.is_none() {
        return;
    }
    w.line(4, "#[inline]");
    w.line(
        4,
        "fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {",
    );
    w.line(
        8,
        "let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);",
    );
    for p in op
        .params
        .iter()
        .filter(|p| p.location == ParamLocation::Path)
    {
        let mut field = format!("&self.{}", p.name);
        if !p.as_text {
            field = format!("&paygen_runtime::simple_param({field}, false)");
        }
        w.call(
            8,
            "request.path_param",
            &[&string(&p.wire_name), &field],
            ";",
        );
        if p.sensitive.is_some() {
            w.call(8, "request.sensitive_param", &[&field], ";");
        }
    }
    // Non-JSON downloads ask for their own media type instead of the client's JSON default.
    if let Some(accept) = &op.accept {
        w.call(8, "request.header", &["\"Accept\"", &string(accept)], ";");
    }
    // Cookies last: consecutive ones share the one `Cookie` header.
    let (cookies, others): (Vec<&Param>, Vec<&Param>) = op
        .params
        .iter()
        .filter(|p| p.location != ParamLocation::Path)
        .partition(|p| p.location == ParamLocation::Cookie);
    for p in others.into_iter().chain(cookies) {
        let wire = string(&p.wire_name);
        let text = p.as_text;
        let (method, extra) = match (p.location, p.list, p.style) {
            (ParamLocation::Query, false, ParamStyle::DeepObject) => ("query_deep", None),
            (ParamLocation::Query, _, ParamStyle::Form { explode }) if !text => {
                ("query_form", Some(if explode { "true" } else { "false" }))
            }
            (ParamLocation::Query, _, _) if !text => ("query_form", Some("false")),
            (ParamLocation::Query, true, ParamStyle::Form { explode: true }) => {
                ("query_each", None)
            }
            (ParamLocation::Query, true, ParamStyle::SpaceDelimited) => {
                ("query_joined", Some("\" \""))
            }
            (ParamLocation::Query, true, ParamStyle::PipeDelimited) => {
                ("query_joined", Some("\"|\""))
            }
            (ParamLocation::Query, _, _) => ("query", None),
            (ParamLocation::Header, _, _) => ("header", None),
            (ParamLocation::Cookie, _, _) => ("cookie", None),
            (ParamLocation::Path, _, _) => unreachable!("path parameters are filtered out"),
        };
        let head = format!("request.{method}");
        let field = format!("&self.{}", p.name);
        let (indent, value) = if p.required && p.client_default.is_some() {
            // Required, but the client may hold it: a clear error when neither gave it.
            w.line(8, &format!("let Some(value) = &self.{} else {{", p.name));
            let missing = [wire.clone(), string(&p.setter)];
            let missing: Vec<&str> = missing.iter().map(String::as_str).collect();
            w.call(
                12,
                "return Err(paygen_runtime::missing_parameter",
                &missing,
                ");",
            );
            w.line(8, "};");
            (8, "value")
        } else if p.required {
            (8, field.as_str())
        } else {
            w.line(8, &format!("if let Some(value) = &self.{} {{", p.name));
            (12, "value")
        };
        // Headers and cookies of a type without `ParamValue`: its text in the simple style.
        let simple;
        let value = if !text && matches!(p.location, ParamLocation::Header | ParamLocation::Cookie)
        {
            simple = format!("&paygen_runtime::simple_param({value}, false)");
            simple.as_str()
        } else {
            value
        };
        let mut args = vec![wire.as_str(), value];
        args.extend(extra);
        w.call(indent, &head, &args, ";");
        if p.sensitive.is_some() {
            w.call(indent, "request.sensitive_param", &[value], ";");
        }
        if !p.required {
            w.line(8, "}");
        }
    }
    if let Some(b) = &op.body {
        let indent = if b.required {
            8
        } else {
            w.line(8, "if let Some(body) = &self.body {");
            12
        };
        let value = if b.required { "&self.body" } else { "body" };
        body(w, api, b, indent, value);
        // Values the errors of the call must not give back.
        // A body holding sensitive values reports them to the request.
        if crate::lower::refers_to(&b.ty, &api.sensitive_holders) {
            w.call(indent, "request.sensitive_values_of", &[value], ";");
        }
        if !b.required {
            w.line(8, "}");
        }
        // Retry-safe only when this request carries its idempotency key.
        if let Some(key) = op.idempotency_key.as_ref().filter(|_| !op.idempotent) {
            w.line(8, &format!("request.idempotent_with_key({});", string(key)));
        }
    }
    w.line(8, "Ok(request)");
    w.line(4, "}");
}

/// `request.body = ..;` for the body `value` (a reference).
fn body(w: &mut Writer, api: &Api, b: &crate::ir::RequestBody, indent: usize, value: &str) {
    match &b.media {
        BodyMedia::Json => w.call(
            indent,
            "request.body = paygen_runtime::json_body",
            &[value],
            "?;",
        ),
        BodyMedia::Form if b.form_encodings.is_empty() => w.call(
            indent,
            "request.body = paygen_runtime::form_body",
            &[value],
            "?;",
        ),
        BodyMedia::Form => {
            let fields: Vec<String> = b
                .form_encodings
                .iter()
                .map(|(field, style)| {
                    let style = match style {
                        FormEncoding::DeepObject => "DeepObject",
                        FormEncoding::Exploded => "Exploded",
                        FormEncoding::Comma => "Comma",
                        FormEncoding::SpaceDelimited => "SpaceDelimited",
                        FormEncoding::PipeDelimited => "PipeDelimited",
                        FormEncoding::Json => "Json",
                    };
                    format!("({}, paygen_runtime::FormStyle::{style})", string(field))
                })
                .collect();
            let styles = format!("&[{}]", fields.join(", "));
            w.call(
                indent,
                "request.body = paygen_runtime::form_body_encoded",
                &[value, &styles],
                "?;",
            )
        }
        BodyMedia::Multipart => multipart(w, api, &b.ty, indent, value),
        BodyMedia::Binary(_) => w.call(
            indent,
            "request.body = paygen_runtime::RequestBody::bytes",
            &[&string(&b.content_type), value],
            ";",
        ),
        BodyMedia::Text(_) => w.call(
            indent,
            "request.body = paygen_runtime::RequestBody::text",
            &[&string(&b.content_type), value],
            ";",
        ),
    }
}

/// A multipart body. Objects with file (`format: binary`) properties are sent part by part, files
/// as file parts; anything else as text fields.
fn multipart(w: &mut Writer, api: &Api, body_ty: &TypeRef, indent: usize, value: &str) {
    let fields = match body_ty {
        TypeRef::Named(name) => match api.types.iter().find(|t| &t.name == name).map(|t| &t.kind) {
            Some(TypeKind::Struct(s)) => Some(&s.fields),
            _ => None,
        },
        _ => None,
    };
    let Some(fields) = fields.filter(|f| f.iter().any(|f| is_file(&f.ty))) else {
        return w.call(
            indent,
            "request.body = paygen_runtime::multipart_body",
            &[value],
            "?;",
        );
    };
    if value != "body" {
        w.line(indent, &format!("let body = {value};"));
    }
    w.line(
        indent,
        "let mut parts = paygen_runtime::multipart::Multipart::new();",
    );
    for f in fields {
        let wire = string(&f.wire_name);
        let field = format!("&body.{}", f.name);
        let required = f.presence == crate::ir::Presence::Required;
        let loop_head = match (&f.ty, required) {
            (TypeRef::Bytes, true) => {
                w.call(indent, "parts = parts.file", &[&wire, &field, "None"], ";");
                continue;
            }
            (TypeRef::Bytes, false) => format!("if let Some(file) = {field} {{"),
            (TypeRef::List(inner), true) if **inner == TypeRef::Bytes => {
                format!("for file in {field} {{")
            }
            (TypeRef::List(inner), false) if **inner == TypeRef::Bytes => {
                let files = format!("body.{}.iter().flatten()", f.name);
                w.narrow(&files);
                format!("for file in {files} {{")
            }
            _ => {
                w.call(indent, "parts = parts.text", &[&wire, &field], ";");
                continue;
            }
        };
        w.line(indent, &loop_head);
        w.call(
            indent + 4,
            "parts = parts.file",
            &[&wire, "file", "None"],
            ";",
        );
        w.line(indent, "}");
    }
    w.line(indent, "request.body = parts.build();");
}

fn is_file(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Bytes => true,
        TypeRef::List(inner) => **inner == TypeRef::Bytes,
        _ => false,
    }
}

fn status_pattern(status: &StatusMatch) -> String {
    match status {
        StatusMatch::Code(code) => code.to_string(),
        StatusMatch::Range(class) => format!("{}..={}", class * 100, class * 100 + 99),
        StatusMatch::Default => "_".into(),
    }
}

/// The runtime function that reads a 2xx body of this kind from `&RawResponse`.
fn body_reader(body: &ResponseBody) -> &'static str {
    match body {
        ResponseBody::Empty => "paygen_runtime::no_body",
        ResponseBody::Json(_) => "paygen_runtime::decode_json",
        ResponseBody::Text => "paygen_runtime::decode_text",
        ResponseBody::Binary => "paygen_runtime::body_bytes",
    }
}

/// `decode()`: the typed result by status.
fn decode(w: &mut Writer, api: &Api, op: &Operation) {
    w.line(4, "#[inline]");
    w.signature(
        4,
        "fn decode",
        &["raw: paygen_runtime::RawResponse".to_string()],
        " -> Result<paygen_runtime::Response<Self::Output>, crate::Error>",
    );
    if let Some(envelope) = envelope(api, op) {
        envelope_check(w, envelope, "&raw");
    }
    match &op.success {
        SuccessShape::Single(body) => {
            w.call(
                8,
                "paygen_runtime::decode_success",
                &["raw", body_reader(body)],
                "",
            );
        }
        SuccessShape::Enum { name, .. } => {
            w.line(8, "let body = match raw.status.as_u16() {");
            for case in op.responses.iter().filter(|c| c.success) {
                let pattern = status_pattern(&case.status);
                let variant = format!("crate::models::{name}::{}", case.variant);
                match &case.body {
                    ResponseBody::Empty => w.line(12, &format!("{pattern} => {variant},")),
                    other => {
                        let read = format!("{}(&raw)?", body_reader(other));
                        w.call(12, &format!("{pattern} => {variant}"), &[&read], ",");
                    }
                }
            }
            w.line(12, "_ => return Err(paygen_runtime::api_error(raw)),");
            w.line(8, "};");
            w.line(8, "Ok(paygen_runtime::Response::from_raw(raw, body))");
        }
    }
    w.line(4, "}");
}

/// The API's result-code envelope, when this operation's responses carry it: only JSON success
/// bodies do.
fn envelope<'a>(api: &'a Api, op: &Operation) -> Option<&'a ErrorEnvelope> {
    let has_json = op
        .responses
        .iter()
        .any(|c| c.success && matches!(c.body, ResponseBody::Json(_)));
    api.error_envelope.as_ref().filter(|_| has_json)
}

/// The result-code check; `raw` is the response as a reference.
fn envelope_check(w: &mut Writer, envelope: &ErrorEnvelope, raw: &str) {
    let values: Vec<String> = envelope
        .success
        .iter()
        .map(|text| match serde_json::from_str::<Value>(text) {
            Ok(Value::String(s)) => format!("serde_json::Value::from({})", string(&s)),
            Ok(Value::Number(n)) if n.is_i64() => {
                format!(
                    "serde_json::Value::from({}i64)",
                    n.as_i64().unwrap_or_default()
                )
            }
            Ok(Value::Bool(b)) => format!("serde_json::Value::from({b})"),
            _ => "serde_json::Value::Null".to_string(),
        })
        .collect();
    let values = format!("&[{}]", values.join(", "));
    w.line(8, "if raw.status.is_success() {");
    w.call(
        12,
        "paygen_runtime::check_envelope",
        &[raw, &string(&envelope.code_pointer), &values],
        "?;",
    );
    w.line(8, "}");
}

/// The `Paged` implementation of an operation with `x-pagination`, which the crate's
/// `Call::into_stream` walks.
fn paged_impl(w: &mut Writer, api: &Api, op: &Operation) {
    let pagination = op.pagination.as_ref().expect("only called with pagination");
    w.line(
        0,
        &format!(
            "impl paygen_runtime::pagination::Paged for {}<'_> {{",
            op.builder_name
        ),
    );
    w.line(4, &format!("type Item = {};", ty(&pagination.item)));
    w.line(
        4,
        "fn page_spec() -> paygen_runtime::pagination::PageSpec {",
    );
    w.line(8, "paygen_runtime::pagination::PageSpec {");
    w.line(12, &format!("first_page: {}u64,", pagination.first_page));
    w.line(
        12,
        &format!("items: {},", string(&pagination.items_pointer)),
    );
    let stop = "stop: paygen_runtime::pagination::Stop::";
    match &pagination.stop {
        PageStop::TotalItems(p) => w.call(12, &format!("{stop}TotalItems"), &[&string(p)], ","),
        PageStop::TotalPages(p) => w.call(12, &format!("{stop}TotalPages"), &[&string(p)], ","),
        PageStop::LastPage(p) => w.call(12, &format!("{stop}LastPage"), &[&string(p)], ","),
        PageStop::EmptyPage => w.line(12, &format!("{stop}EmptyPage,")),
    }
    w.line(8, "}");
    w.line(4, "}");
    w.line(4, "fn set_page(&mut self, page: u64) {");
    let target = if pagination.in_body {
        format!("self.body.{}", pagination.page_field)
    } else {
        format!("self.{}", pagination.page_field)
    };
    let value = page_value(&pagination.page_ty);
    w.narrow(&target);
    if pagination.page_required {
        w.line(8, &format!("{target} = {value};"));
    } else {
        w.call(8, &format!("{target} = Some"), &[value], ";");
    }
    w.line(4, "}");
    if let Some(envelope) = envelope(api, op) {
        w.line(
            4,
            "fn check_page(raw: &paygen_runtime::RawResponse) -> Result<(), crate::Error> {",
        );
        envelope_check(w, envelope, "raw");
        w.line(8, "Ok(())");
        w.line(4, "}");
    }
    w.line(0, "}");
    w.end_item();
}

fn page_value(ty: &TypeRef) -> &'static str {
    match ty {
        TypeRef::I32 => "i32::try_from(page).unwrap_or(i32::MAX)",
        TypeRef::String => "page.to_string()",
        TypeRef::F64 => "page as f64",
        _ => "i64::try_from(page).unwrap_or(i64::MAX)",
    }
}
