//! Operations: `client.<tag>().<method>(required…)`, optional parameters as setters on the
//! returned call, what `send()` returns, paging, and the wire details behind them.

use super::{match_by, rust_type, same_relative_order, value_type, Changes, Impact};
use crate::ir::{
    Api, Operation, Pagination, Param, ParamLocation, ParamStyle, RequestBody, ResponseBody,
    SuccessShape,
};

pub(super) fn compare(old: &Api, new: &Api, changes: &mut Changes) {
    let key = |op: &Operation| (op.tag_module.clone(), op.fn_name.clone());
    let matched = match_by(&old.operations, &new.operations, key);
    for op in &matched.removed {
        // A method that moved (same route, new name or group) is named, so a reviewer sees a
        // rename rather than a loss.
        let moved_to = matched
            .added
            .iter()
            .find(|n| n.method == op.method && n.path == op.path);
        let what = match moved_to {
            Some(n) => format!("removed (`{} {}` is now `{}`)", op.method, op.path, call(n)),
            None => format!("operation removed (`{} {}`)", op.method, op.path),
        };
        changes.push(Impact::Breaking, &call(op), what);
    }
    for op in &matched.added {
        changes.push(
            Impact::Additive,
            &call(op),
            format!("new operation `{} {}`", op.method, op.path),
        );
    }
    for (o, n) in matched.both {
        compare_operation(o, n, changes);
    }
}

/// How users call an operation.
fn call(op: &Operation) -> String {
    format!("client.{}().{}()", op.tag_module, op.fn_name)
}

fn compare_operation(o: &Operation, n: &Operation, changes: &mut Changes) {
    let item = call(n);
    let item = item.as_str();
    if (&o.method, &o.path) != (&n.method, &n.path) {
        changes.push(
            Impact::Internal,
            item,
            format!(
                "sends `{} {}`, was `{} {}`",
                n.method, n.path, o.method, o.path
            ),
        );
    }
    if o.builder_name != n.builder_name {
        changes.push(
            Impact::Breaking,
            item,
            format!(
                "returns `Call<'_, {}>`, was `Call<'_, {}>`",
                n.builder_name, o.builder_name
            ),
        );
    }
    compare_params(item, &o.params, &n.params, changes);
    compare_arguments(item, o, n, changes);
    compare_body(item, o.body.as_ref(), n.body.as_ref(), changes);
    compare_success(item, o, n, changes);
    compare_pagination(item, o.pagination.as_ref(), n.pagination.as_ref(), changes);
    let errors = |op: &Operation| -> Vec<String> {
        op.responses
            .iter()
            .filter(|r| !r.success)
            .map(|r| format!("{:?}={:?}", r.status, r.body))
            .collect()
    };
    if errors(o) != errors(n) {
        changes.push(
            Impact::Internal,
            item,
            "documented error responses changed (errors decode into the crate's `Error`)",
        );
    }
    if (o.idempotent, &o.idempotency_key) != (n.idempotent, &n.idempotency_key) {
        let what = match (n.idempotent, &n.idempotency_key) {
            (_, Some(key)) => format!("retried on transient failures, made safe by `{key}`"),
            (true, None) => "retried on transient failures".to_string(),
            (false, None) => "no longer retried on transient failures".to_string(),
        };
        changes.push(Impact::Internal, item, what);
    }
    if o.security != n.security {
        changes.push(
            Impact::Internal,
            item,
            format!(
                "authenticates with {}, was {}",
                security(&n.security),
                security(&o.security)
            ),
        );
    }
    if o.accept != n.accept {
        changes.push(Impact::Internal, item, "`Accept` header changed");
    }
    if o.docs.deprecated != n.docs.deprecated {
        if n.docs.deprecated {
            // `#[deprecated]`: a new warning, no error (a minor change by the API guidelines).
            changes.push(Impact::Additive, item, "deprecated (`#[deprecated]`)");
        } else {
            changes.push(Impact::Internal, item, "no longer deprecated");
        }
    }
}

fn security(alternatives: &[Vec<String>]) -> String {
    if alternatives.is_empty() {
        return "no credentials".into();
    }
    alternatives
        .iter()
        .map(|all| format!("`{}`", all.join(" + ")))
        .collect::<Vec<_>>()
        .join(" or ")
}

fn param_type(p: &Param) -> String {
    value_type(&p.ty, p.list)
}

/// Whether the call's method takes `p` as an argument: required, and not a header the client
/// may supply (`Param::client_default`), which is a setter.
fn is_argument(p: &Param) -> bool {
    p.required && p.client_default.is_none()
}

fn compare_params(item: &str, old: &[Param], new: &[Param], changes: &mut Changes) {
    let matched = match_by(old, new, |p| p.name.clone());
    for p in matched.removed {
        let what = if is_argument(p) {
            format!("required parameter `{}` removed (an argument)", p.name)
        } else if p.client_default.is_some() {
            format!("parameter `{}` removed (setter `.{}(..)`)", p.name, p.name)
        } else {
            format!(
                "optional parameter `{}` removed (setter `.{}(..)`)",
                p.name, p.name
            )
        };
        changes.push(Impact::Breaking, item, what);
    }
    for p in matched.added {
        if is_argument(p) {
            changes.push(
                Impact::Breaking,
                item,
                format!(
                    "required parameter `{}: {}` added (a new argument)",
                    p.name,
                    param_type(p)
                ),
            );
        } else if p.client_default.is_some() {
            changes.push(
                Impact::Additive,
                item,
                format!(
                    "parameter `{}` added (setter `.{}(..)`, default from the client)",
                    p.name, p.name
                ),
            );
        } else {
            changes.push(
                Impact::Additive,
                item,
                format!(
                    "optional parameter `{}` added (setter `.{}(..)`)",
                    p.name, p.name
                ),
            );
        }
    }
    for (a, b) in matched.both {
        let name = &b.name;
        match (a.required, b.required) {
            (true, false) => changes.push(
                Impact::Breaking,
                item,
                format!("parameter `{name}` is optional now: no longer an argument, set with `.{name}(..)`"),
            ),
            (false, true) => changes.push(
                Impact::Breaking,
                item,
                format!("parameter `{name}` is required now: a new argument, setter removed"),
            ),
            // Required on both sides: an argument unless the client may supply it.
            (true, true) => match (a.client_default.is_some(), b.client_default.is_some()) {
                (false, true) => changes.push(
                    Impact::Breaking,
                    item,
                    format!("parameter `{name}` has a client-wide default now: no longer an argument, set with `.{name}(..)` or on the `ClientBuilder`"),
                ),
                (true, false) => changes.push(
                    Impact::Breaking,
                    item,
                    format!("parameter `{name}` has no client-wide default now: a new argument, setter removed"),
                ),
                _ => {}
            },
            _ => {}
        }
        if param_type(a) != param_type(b) {
            changes.push(
                Impact::Breaking,
                item,
                format!(
                    "parameter `{name}` is `{}`, was `{}`",
                    param_type(b),
                    param_type(a)
                ),
            );
        } else if a.ty != b.ty {
            changes.push(
                Impact::Internal,
                item,
                format!("parameter `{name}` written differently on the wire"),
            );
        }
        if (&a.wire_name, a.location, a.style) != (&b.wire_name, b.location, b.style) {
            changes.push(
                Impact::Internal,
                item,
                format!("parameter `{name}` sent as {}, was {}", wire(b), wire(a)),
            );
        }
    }
}

/// Where and how a parameter travels, e.g. ``query `ids` (comma-separated)``.
fn wire(p: &Param) -> String {
    let location = match p.location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    };
    let style = match p.style {
        ParamStyle::Form { explode: true } => "repeated",
        ParamStyle::Form { explode: false } => "comma-separated",
        ParamStyle::SpaceDelimited => "space-separated",
        ParamStyle::PipeDelimited => "pipe-separated",
        ParamStyle::DeepObject => "deep object",
        ParamStyle::Simple => "simple",
    };
    format!("{location} `{}` ({style})", p.wire_name)
}

/// The positional arguments of the method: required parameters in order, then the body.
fn compare_arguments(item: &str, o: &Operation, n: &Operation, changes: &mut Changes) {
    let args = |op: &Operation| -> Vec<String> {
        let mut args: Vec<String> = op
            .params
            .iter()
            .filter(|p| p.required)
            .map(|p| p.name.clone())
            .collect();
        if op.body.as_ref().is_some_and(|b| b.required) {
            args.push("body".into());
        }
        args
    };
    let (before, after) = (args(o), args(n));
    let before: Vec<&str> = before.iter().map(String::as_str).collect();
    let after: Vec<&str> = after.iter().map(String::as_str).collect();
    if !same_relative_order(&before, &after) {
        changes.push(
            Impact::Breaking,
            item,
            format!(
                "arguments reordered: ({}), was ({})",
                after.join(", "),
                before.join(", ")
            ),
        );
    }
}

fn compare_body(
    item: &str,
    old: Option<&RequestBody>,
    new: Option<&RequestBody>,
    changes: &mut Changes,
) {
    match (old, new) {
        (None, None) => {}
        (None, Some(b)) if b.required => changes.push(
            Impact::Breaking,
            item,
            format!(
                "required request body `{}` added (a new argument)",
                rust_type(&b.ty)
            ),
        ),
        (None, Some(b)) => changes.push(
            Impact::Additive,
            item,
            format!(
                "optional request body `{}` added (setter `.body(..)`)",
                rust_type(&b.ty)
            ),
        ),
        (Some(_), None) => changes.push(Impact::Breaking, item, "request body removed"),
        (Some(a), Some(b)) => {
            if a.required != b.required {
                let what = if b.required {
                    "request body is required now: a new argument, setter removed"
                } else {
                    "request body is optional now: no longer an argument, set with `.body(..)`"
                };
                changes.push(Impact::Breaking, item, what);
            }
            if rust_type(&a.ty) != rust_type(&b.ty) {
                changes.push(
                    Impact::Breaking,
                    item,
                    format!(
                        "request body is `{}`, was `{}`",
                        rust_type(&b.ty),
                        rust_type(&a.ty)
                    ),
                );
            }
            if (&a.content_type, &a.form_encodings) != (&b.content_type, &b.form_encodings)
                || a.media != b.media
            {
                changes.push(
                    Impact::Internal,
                    item,
                    format!(
                        "request body sent as `{}`, was `{}`",
                        b.content_type, a.content_type
                    ),
                );
            }
        }
    }
}

fn body_type(body: &ResponseBody) -> String {
    match body {
        ResponseBody::Empty => "()".into(),
        ResponseBody::Json(ty) => rust_type(ty),
        ResponseBody::Text => "String".into(),
        ResponseBody::Binary => "Bytes".into(),
    }
}

fn success_type(op: &Operation) -> String {
    match &op.success {
        SuccessShape::Single(body) => body_type(body),
        SuccessShape::Enum { name, .. } => name.clone(),
    }
}

/// What `send()` returns. A response enum (several success statuses) is matched exhaustively:
/// a new variant breaks a `match`.
fn compare_success(item: &str, o: &Operation, n: &Operation, changes: &mut Changes) {
    if success_type(o) != success_type(n) {
        changes.push(
            Impact::Breaking,
            item,
            format!(
                "`send()` returns `{}`, was `{}`",
                success_type(n),
                success_type(o)
            ),
        );
        return;
    }
    if let SuccessShape::Enum { name, .. } = &n.success {
        let variants = |op: &Operation| -> Vec<(String, String)> {
            op.responses
                .iter()
                .filter(|r| r.success)
                .map(|r| (r.variant.clone(), body_type(&r.body)))
                .collect()
        };
        let (before, after) = (variants(o), variants(n));
        let matched = match_by(&before, &after, |(v, _)| v.clone());
        for (v, _) in matched.removed {
            changes.push(
                Impact::Breaking,
                item,
                format!("response enum `{name}` loses variant `{v}`"),
            );
        }
        for (v, ty) in matched.added {
            changes.push(
                Impact::Breaking,
                item,
                format!("response enum `{name}` gains variant `{v}({ty})` (matches on it are exhaustive)"),
            );
        }
        for ((v, a), (_, b)) in matched.both {
            if a != b {
                changes.push(
                    Impact::Breaking,
                    item,
                    format!("response enum `{name}`: variant `{v}` holds `{b}`, was `{a}`"),
                );
            }
        }
    }
    let statuses = |op: &Operation| -> Vec<String> {
        op.responses
            .iter()
            .filter(|r| r.success)
            .map(|r| format!("{:?}", r.status))
            .collect()
    };
    if statuses(o) != statuses(n) && matches!(n.success, SuccessShape::Single(_)) {
        changes.push(Impact::Internal, item, "success statuses changed");
    }
}

fn compare_pagination(
    item: &str,
    old: Option<&Pagination>,
    new: Option<&Pagination>,
    changes: &mut Changes,
) {
    match (old, new) {
        (None, None) => {}
        (None, Some(p)) => changes.push(
            Impact::Additive,
            item,
            format!(
                "pages: `.into_stream()` yields `{}` items",
                rust_type(&p.item)
            ),
        ),
        (Some(_), None) => changes.push(
            Impact::Breaking,
            item,
            "no longer paged: `.into_stream()` is gone",
        ),
        (Some(a), Some(b)) => {
            if rust_type(&a.item) != rust_type(&b.item) {
                changes.push(
                    Impact::Breaking,
                    item,
                    format!(
                        "`.into_stream()` yields `{}`, was `{}`",
                        rust_type(&b.item),
                        rust_type(&a.item)
                    ),
                );
            }
            let wire = |p: &Pagination| {
                (
                    p.in_body,
                    p.page_field.clone(),
                    p.size_field.clone(),
                    p.first_page,
                    p.items_pointer.clone(),
                    p.stop.clone(),
                )
            };
            if wire(a) != wire(b) {
                changes.push(
                    Impact::Internal,
                    item,
                    "paging rule changed (page fields, first page, items or stop rule)",
                );
            }
        }
    }
}
