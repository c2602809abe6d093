//! One-line text of types, paths, patterns and expressions, as rustfmt writes them when they
//! fit on a line. `None` when a construct is outside the subset, or so wide that rustfmt could
//! break it: the checks stay a few columns inside rustfmt's own width limits, so a decision near
//! a limit never rests on exactly how rustfmt measures.

use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::{
    AngleBracketedGenericArguments, BinOp, Expr, GenericArgument, Lit, Pat, Path, PathArguments,
    QSelf, ReturnType, Type, TypeParamBound, UnOp,
};

/// Widest argument list (calls, method calls, tuples, macros) kept on one line: rustfmt's
/// `fn_call_width`, 60, which `codegen/tests/layout.rs` probes on both sides for each shape the
/// generator emits.
pub(crate) const ARGS: usize = 60;
/// Widest method or field chain kept on one line (rustfmt's `chain_width`: 60, vertical from 59).
pub(crate) const CHAIN: usize = 50;
/// Widest array kept on one line (rustfmt's `array_width`: 60).
const ARRAY: usize = 50;
/// An argument list or chain at least this wide is certainly broken by rustfmt (its limits are
/// 60, probed breaking at 59 and 61 in different places).
pub(super) const BROKEN: usize = 62;
/// Widest struct literal body on one line: rustfmt's `struct_lit_width`, exact (checked by
/// `codegen/tests/layout.rs`).
pub(crate) const STRUCT_LIT: usize = 18;

std::thread_local! {
    /// Set while [`one_line_width`] measures: the width heuristics are not applied.
    static MEASURING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// True when `text` is wider than `limit` and the limit applies (`None`: no width).
fn over(text: &str, limit: usize) -> Option<bool> {
    Some(width(text)? > limit && !MEASURING.with(std::cell::Cell::get))
}

/// The width of an expression written on one line, whether or not rustfmt would keep it there:
/// to tell whether a list that holds it is certainly too wide.
pub(super) fn one_line_width(e: &Expr) -> Option<usize> {
    MEASURING.with(|m| m.set(true));
    let text = expr(e);
    MEASURING.with(|m| m.set(false));
    width(&text?)
}

/// Columns a one-line text takes; `None` for text whose width is not its length.
pub(super) fn width(text: &str) -> Option<usize> {
    (text.is_ascii() && !text.contains('\n')).then_some(text.len())
}

pub(super) fn path(path: &Path, turbofish: bool) -> Option<String> {
    let mut out = String::new();
    if path.leading_colon.is_some() {
        out.push_str("::");
    }
    for (i, segment) in path.segments.iter().enumerate() {
        if i > 0 {
            out.push_str("::");
        }
        out.push_str(&segment.ident.to_string());
        match &segment.arguments {
            PathArguments::None => {}
            PathArguments::AngleBracketed(args) => {
                if turbofish {
                    out.push_str("::");
                }
                out.push_str(&generic_args(args)?);
            }
            PathArguments::Parenthesized(args) => {
                let inputs = args.inputs.iter().map(ty).collect::<Option<Vec<_>>>()?;
                out.push('(');
                out.push_str(&inputs.join(", "));
                out.push(')');
                out.push_str(&return_type(&args.output)?);
            }
        }
    }
    Some(out)
}

fn generic_args(args: &AngleBracketedGenericArguments) -> Option<String> {
    let items = args
        .args
        .iter()
        .map(|arg| match arg {
            GenericArgument::Lifetime(lifetime) => Some(lifetime.to_string()),
            GenericArgument::Type(t) => ty(t),
            GenericArgument::AssocType(assoc) if assoc.generics.is_none() => {
                Some(format!("{} = {}", assoc.ident, ty(&assoc.ty)?))
            }
            _ => None,
        })
        .collect::<Option<Vec<_>>>()?;
    Some(format!("<{}>", items.join(", ")))
}

/// ` -> T`, or nothing for the unit default.
pub(super) fn return_type(output: &ReturnType) -> Option<String> {
    match output {
        ReturnType::Default => Some(String::new()),
        ReturnType::Type(_, t) => Some(format!(" -> {}", ty(t)?)),
    }
}

fn qself_free(qself: Option<&QSelf>) -> Option<()> {
    qself.is_none().then_some(())
}

pub(super) fn ty(t: &Type) -> Option<String> {
    match t {
        Type::Path(p) => {
            qself_free(p.qself.as_ref())?;
            path(&p.path, false)
        }
        Type::Reference(r) => {
            let mut out = String::from("&");
            if let Some(lifetime) = &r.lifetime {
                out.push_str(&lifetime.to_string());
                out.push(' ');
            }
            if r.mutability.is_some() {
                out.push_str("mut ");
            }
            out.push_str(&ty(&r.elem)?);
            Some(out)
        }
        Type::Tuple(tuple) => {
            let elems = tuple.elems.iter().map(ty).collect::<Option<Vec<_>>>()?;
            Some(match elems.len() {
                1 => format!("({},)", elems[0]),
                _ => format!("({})", elems.join(", ")),
            })
        }
        Type::Slice(slice) => Some(format!("[{}]", ty(&slice.elem)?)),
        Type::ImplTrait(bounds) => Some(format!("impl {}", bound_list(&bounds.bounds)?)),
        Type::TraitObject(object) if object.dyn_token.is_some() => {
            Some(format!("dyn {}", bound_list(&object.bounds)?))
        }
        Type::Infer(_) => Some("_".to_string()),
        Type::Never(_) => Some("!".to_string()),
        _ => None,
    }
}

fn bound_list(bounds: &Punctuated<TypeParamBound, syn::Token![+]>) -> Option<String> {
    let items = bounds
        .iter()
        .map(|bound| match bound {
            TypeParamBound::Trait(t)
                if t.lifetimes.is_none()
                    && matches!(t.modifier, syn::TraitBoundModifier::None)
                    && t.paren_token.is_none() =>
            {
                path(&t.path, false)
            }
            TypeParamBound::Lifetime(lifetime) => Some(lifetime.to_string()),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()?;
    Some(items.join(" + "))
}

pub(super) fn pat(p: &Pat) -> Option<String> {
    match p {
        Pat::Ident(ident) if ident.subpat.is_none() => {
            let mut out = String::new();
            if ident.by_ref.is_some() {
                out.push_str("ref ");
            }
            if ident.mutability.is_some() {
                out.push_str("mut ");
            }
            out.push_str(&ident.ident.to_string());
            Some(out)
        }
        Pat::Path(p) => {
            qself_free(p.qself.as_ref())?;
            path(&p.path, false)
        }
        Pat::TupleStruct(t) => {
            qself_free(t.qself.as_ref())?;
            let elems = t.elems.iter().map(pat).collect::<Option<Vec<_>>>()?;
            args_list(&path(&t.path, false)?, &elems)
        }
        Pat::Tuple(t) => {
            let elems = t.elems.iter().map(pat).collect::<Option<Vec<_>>>()?;
            args_list("", &elems)
        }
        Pat::Wild(_) => Some("_".to_string()),
        Pat::Lit(lit) => literal(&lit.lit),
        Pat::Reference(r) => Some(format!(
            "&{}{}",
            if r.mutability.is_some() { "mut " } else { "" },
            pat(&r.pat)?
        )),
        Pat::Or(or) if or.leading_vert.is_none() => {
            let cases = or.cases.iter().map(pat).collect::<Option<Vec<_>>>()?;
            Some(cases.join(" | "))
        }
        Pat::Type(t) => Some(format!("{}: {}", pat(&t.pat)?, ty(&t.ty)?)),
        _ => None,
    }
}

fn literal(lit: &Lit) -> Option<String> {
    let mut text = lit.to_token_stream().to_string();
    // A negative number in a pattern prints as `- 1`; rustfmt writes `-1`.
    if matches!(lit, Lit::Int(_) | Lit::Float(_)) {
        text.retain(|c| c != ' ');
    }
    width(&text)?;
    Some(text)
}

/// `callee(a, b)` when the arguments are narrow enough to stay on one line.
fn args_list(callee: &str, args: &[String]) -> Option<String> {
    let inner = args.join(", ");
    if over(&inner, ARGS)? {
        return None;
    }
    Some(format!("{callee}({inner})"))
}

fn exprs(items: &Punctuated<Expr, syn::Token![,]>) -> Option<Vec<String>> {
    items.iter().map(expr).collect()
}

/// One-line text of an expression, checked against rustfmt's width heuristics.
pub(super) fn expr(e: &Expr) -> Option<String> {
    if has_attrs(e) {
        return None;
    }
    let text = match e {
        Expr::Path(p) => {
            qself_free(p.qself.as_ref())?;
            path(&p.path, true)?
        }
        Expr::Lit(lit) => literal(&lit.lit)?,
        Expr::Call(call) => args_list(&operand(&call.func)?, &exprs(&call.args)?)?,
        Expr::Tuple(tuple) => {
            let elems = exprs(&tuple.elems)?;
            if elems.len() == 1 {
                format!("({},)", elems[0])
            } else {
                args_list("", &elems)?
            }
        }
        Expr::Array(array) => {
            let inner = exprs(&array.elems)?.join(", ");
            if over(&inner, ARRAY)? {
                return None;
            }
            format!("[{inner}]")
        }
        Expr::MethodCall(_) | Expr::Field(_) | Expr::Try(_) | Expr::Await(_) => {
            // `chain_width` applies from two links; `x.push(..)` is laid out like a call.
            let text = chain(e)?;
            if links(e) > 1 && over(&text, CHAIN)? {
                return None;
            }
            text
        }
        Expr::Reference(r) => format!(
            "&{}{}",
            if r.mutability.is_some() { "mut " } else { "" },
            operand(&r.expr)?
        ),
        Expr::Unary(u) => {
            let op = match u.op {
                UnOp::Deref(_) => "*",
                UnOp::Not(_) => "!",
                UnOp::Neg(_) => "-",
                _ => return None,
            };
            format!("{op}{}", operand(&u.expr)?)
        }
        Expr::Binary(b) => format!(
            "{} {} {}",
            operand(&b.left)?,
            bin_op(&b.op)?,
            operand(&b.right)?
        ),
        Expr::Cast(c) => format!("{} as {}", operand(&c.expr)?, ty(&c.ty)?),
        Expr::Paren(p) => format!("({})", expr(&p.expr)?),
        Expr::Struct(s) => {
            let (head, fields) = struct_parts(s)?;
            let fields: Vec<String> = fields.into_iter().collect::<Option<_>>()?;
            if fields.is_empty() {
                format!("{head} {{}}")
            } else {
                let body = fields.join(", ");
                if over(&body, STRUCT_LIT)? {
                    return None;
                }
                format!("{head} {{ {body} }}")
            }
        }
        Expr::Macro(m) => macro_call(&m.mac)?,
        Expr::Closure(c) => closure(c)?,
        Expr::Return(r) => match &r.expr {
            Some(value) => format!("return {}", expr(value)?),
            None => "return".to_string(),
        },
        Expr::Assign(a) => format!("{} = {}", expr(&a.left)?, expr(&a.right)?),
        Expr::Let(l) => format!("let {} = {}", pat(&l.pat)?, operand(&l.expr)?),
        Expr::Index(i) => format!("{}[{}]", operand(&i.expr)?, expr(&i.index)?),
        _ => return None,
    };
    width(&text)?;
    Some(text)
}

/// An expression in operand position; constructs that would need parentheses are left out.
pub(super) fn operand(e: &Expr) -> Option<String> {
    match e {
        Expr::Binary(_) | Expr::Cast(_) | Expr::Closure(_) | Expr::Assign(_) | Expr::Return(_) => {
            None
        }
        _ => expr(e),
    }
}

fn has_attrs(e: &Expr) -> bool {
    match e {
        Expr::Path(x) => !x.attrs.is_empty(),
        Expr::Lit(x) => !x.attrs.is_empty(),
        Expr::Call(x) => !x.attrs.is_empty(),
        Expr::MethodCall(x) => !x.attrs.is_empty(),
        Expr::Struct(x) => !x.attrs.is_empty(),
        Expr::Closure(x) => !x.attrs.is_empty(),
        Expr::Macro(x) => !x.attrs.is_empty(),
        Expr::Match(x) => !x.attrs.is_empty(),
        Expr::If(x) => !x.attrs.is_empty(),
        Expr::Block(x) => !x.attrs.is_empty(),
        _ => false,
    }
}

fn bin_op(op: &BinOp) -> Option<&'static str> {
    Some(match op {
        BinOp::Add(_) => "+",
        BinOp::Sub(_) => "-",
        BinOp::Mul(_) => "*",
        BinOp::Div(_) => "/",
        BinOp::Rem(_) => "%",
        BinOp::And(_) => "&&",
        BinOp::Or(_) => "||",
        BinOp::Eq(_) => "==",
        BinOp::Ne(_) => "!=",
        BinOp::Lt(_) => "<",
        BinOp::Le(_) => "<=",
        BinOp::Gt(_) => ">",
        BinOp::Ge(_) => ">=",
        _ => return None,
    })
}

/// How many links (`.name(..)`, `.field`, `?`, `.await`) a chain has.
fn links(e: &Expr) -> usize {
    match e {
        Expr::MethodCall(m) => 1 + links(&m.receiver),
        Expr::Field(f) => 1 + links(&f.base),
        Expr::Try(t) => 1 + links(&t.expr),
        Expr::Await(a) => 1 + links(&a.base),
        _ => 0,
    }
}

/// `a.b().c?` without the width check, which applies to the whole chain only.
fn chain(e: &Expr) -> Option<String> {
    let receiver = |inner: &Expr| match inner {
        Expr::MethodCall(_) | Expr::Field(_) | Expr::Try(_) | Expr::Await(_) => chain(inner),
        other => operand(other),
    };
    Some(match e {
        Expr::MethodCall(m) => {
            let turbofish = match &m.turbofish {
                Some(args) => format!("::{}", generic_args(args)?),
                None => String::new(),
            };
            args_list(
                &format!("{}.{}{turbofish}", receiver(&m.receiver)?, m.method),
                &exprs(&m.args)?,
            )?
        }
        Expr::Field(f) => {
            let member = match &f.member {
                syn::Member::Named(ident) => ident.to_string(),
                syn::Member::Unnamed(index) => index.index.to_string(),
            };
            format!("{}.{member}", receiver(&f.base)?)
        }
        Expr::Try(t) => format!("{}?", receiver(&t.expr)?),
        Expr::Await(a) => format!("{}.await", receiver(&a.base)?),
        _ => return None,
    })
}

/// The head and the fields of a struct literal, each field as one line of text when it has one.
pub(super) fn struct_parts(s: &syn::ExprStruct) -> Option<(String, Vec<Option<String>>)> {
    qself_free(s.qself.as_ref())?;
    if s.rest.is_some() || s.dot2_token.is_some() || !s.attrs.is_empty() {
        return None;
    }
    let mut fields = Vec::new();
    for field in &s.fields {
        let syn::Member::Named(name) = &field.member else {
            return None;
        };
        if !field.attrs.is_empty() {
            return None;
        }
        fields.push(match field.colon_token {
            None => Some(name.to_string()),
            Some(_) => expr(&field.expr).map(|value| format!("{name}: {value}")),
        });
    }
    Some((path(&s.path, false)?, fields))
}

/// `name!(a, b)` and `name![a, b]` whose arguments are expressions, laid out as a call or an
/// array as rustfmt does.
fn macro_call(mac: &syn::Macro) -> Option<String> {
    let name = path(&mac.path, false)?;
    let args = macro_args(mac)?;
    let items = exprs(&args)?;
    match mac.delimiter {
        syn::MacroDelimiter::Paren(_) => args_list(&format!("{name}!"), &items),
        syn::MacroDelimiter::Bracket(_) => {
            let inner = items.join(", ");
            (!over(&inner, ARRAY)?).then(|| format!("{name}![{inner}]"))
        }
        syn::MacroDelimiter::Brace(_) => None,
    }
}

/// The arguments of a macro whose body is a list of expressions.
pub(super) fn macro_args(mac: &syn::Macro) -> Option<Punctuated<Expr, syn::Token![,]>> {
    let args = mac
        .parse_body_with(Punctuated::<Expr, syn::Token![,]>::parse_terminated)
        .ok()?;
    (!args.trailing_punct()).then_some(args)
}

/// A method chain's receiver at its root and its links (`.name(args)`, `.field`), each as one
/// line of text; `None` for chains with `?` or `.await`, left to rustfmt when they break.
pub(super) fn chain_links(e: &Expr) -> Option<(String, Vec<String>)> {
    let mut links = Vec::new();
    let mut current = e;
    loop {
        match current {
            Expr::MethodCall(m) if m.attrs.is_empty() => {
                let turbofish = match &m.turbofish {
                    Some(args) => format!("::{}", generic_args(args)?),
                    None => String::new(),
                };
                links.push(args_list(
                    &format!(".{}{turbofish}", m.method),
                    &exprs(&m.args)?,
                )?);
                current = &m.receiver;
            }
            Expr::Field(f) if f.attrs.is_empty() => {
                let syn::Member::Named(name) = &f.member else {
                    return None;
                };
                links.push(format!(".{name}"));
                current = &f.base;
            }
            Expr::Try(_) | Expr::Await(_) => return None,
            root => {
                links.reverse();
                return Some((operand(root)?, links));
            }
        }
    }
}

fn closure(c: &syn::ExprClosure) -> Option<String> {
    if c.lifetimes.is_some()
        || c.constness.is_some()
        || c.movability.is_some()
        || c.asyncness.is_some()
        || !matches!(c.output, ReturnType::Default)
        || matches!(*c.body, Expr::Block(_))
    {
        return None;
    }
    let inputs = c.inputs.iter().map(pat).collect::<Option<Vec<_>>>()?;
    Some(format!(
        "{}|{}| {}",
        if c.capture.is_some() { "move " } else { "" },
        inputs.join(", "),
        expr(&c.body)?
    ))
}
