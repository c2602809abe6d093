//! rustfmt's layout, printed directly, for the part of Rust the generator emits most.
//!
//! rustfmt was most of the generation time, and prettyplease's layout differs from rustfmt's
//! (attribute and signature wrapping, struct literal widths). [`file()`] prints a parsed file the
//! way rustfmt 2024 with default settings would format it, for a subset of the language: items
//! with attributes and doc comments, struct and enum definitions, impl blocks, signatures,
//! bodies made of simple statements, matches, ifs and struct literals, and `use` and `mod`
//! lines in rustfmt's order (`order.rs`). Anything else, and anything near one of rustfmt's
//! width limits, makes it return `None`, and the file goes through prettyplease and rustfmt as
//! before: a wrong guess would be a crate that fails `cargo fmt --check`, so the printer only
//! answers where rustfmt's choice is certain.
//!
//! `codegen/tests/layout.rs` holds it to that, probing each width limit on both sides, and
//! `codegen/tests/layout_reference.rs` requires every crate the repository's specs make to be
//! the same with the printer as without it ([`crate::Options::layout`]).

mod block;
mod flat;
mod order;

use syn::punctuated::Punctuated;
use syn::{Attribute, Fields, ImplItem, Item, Meta, Visibility};

use flat::width;
pub(crate) use flat::{ARGS, CHAIN, STRUCT_LIT};

/// rustfmt's `max_width`.
const MAX_WIDTH: usize = 100;
/// rustfmt's `attr_fn_like_width`: the widest argument list of an attribute kept on one line
/// when it has more than one argument (exact).
const ATTR_ARGS: usize = 70;
/// Widest single-argument attribute line; rustfmt keeps longer ones on one line too, up to a
/// limit not probed.
const ATTR_ONE_ARG_LINE: usize = 90;
/// Widest `#[derive(..)]` line; rustfmt breaks derives from 97 columns.
const DERIVE_LINE: usize = 93;
/// Widest field list of a tuple variant or tuple struct kept on one line.
const TUPLE_FIELDS: usize = 30;

/// The text rustfmt would make of `file`, or `None` when the file is outside what this printer
/// knows to lay out exactly as rustfmt does.
pub fn file(file: &syn::File) -> Option<String> {
    if file.items.is_empty() {
        return None;
    }
    let texts: Option<Vec<String>> = items(file)?.into_iter().collect();
    texts.map(|texts| texts.concat())
}

/// Each top-level item of a file without inner attributes, as rustfmt would lay it out, or
/// `None` for an item this printer leaves to rustfmt. rustfmt formats items independently
/// (the generator emits no blank lines or free comments between them), except that it sorts
/// runs of `use` items and of `mod` declarations: a run not certainly in its order is left to
/// rustfmt as a whole.
pub fn items(file: &syn::File) -> Option<Vec<Option<String>>> {
    if file.shebang.is_some() || !file.attrs.is_empty() {
        return None;
    }
    let mut texts: Vec<Option<String>> = file
        .items
        .iter()
        .map(|item| {
            let mut out = Out::default();
            top_item(&mut out, item).map(|()| out.text)
        })
        .collect();
    order::decline_unsorted_runs(&file.items, &mut texts);
    Some(texts)
}

/// Lines of output; `line` refuses a line wider than rustfmt allows.
#[derive(Default)]
struct Out {
    text: String,
}

impl Out {
    fn line(&mut self, indent: usize, text: &str) -> Option<()> {
        if !fits(indent, text) {
            return None;
        }
        self.raw(indent, text);
        Some(())
    }

    /// A line rustfmt leaves as it is whatever its width (a comment).
    fn raw(&mut self, indent: usize, text: &str) {
        self.text.extend(std::iter::repeat_n(' ', indent));
        self.text.push_str(text);
        self.text.push('\n');
    }
}

/// Whether rustfmt keeps `text` at `indent` as one line: ASCII, no line break, within
/// `max_width`.
pub(crate) fn fits(indent: usize, text: &str) -> bool {
    width(text).is_some_and(|w| indent + w <= MAX_WIDTH)
}

/// Whether the text of a doc attribute stays a plain `///{text}` comment under rustfmt.
pub(crate) fn plain_doc(text: &str) -> bool {
    !text.contains(['\n', '\r']) && !text.starts_with(['/', '!']) && text.trim_end() == text
}

fn top_item(out: &mut Out, item: &Item) -> Option<()> {
    match item {
        Item::Struct(s) => {
            attributes(out, 0, &s.attrs)?;
            if s.generics.where_clause.is_some() {
                return None;
            }
            let head = format!(
                "{}struct {}{}",
                visibility(&s.vis)?,
                s.ident,
                generic_params(&s.generics)?
            );
            match &s.fields {
                Fields::Unit => out.line(0, &format!("{head};")),
                Fields::Unnamed(fields) => {
                    let types = tuple_fields(&fields.unnamed)?;
                    out.line(0, &format!("{head}({types});"))
                }
                Fields::Named(fields) if fields.named.is_empty() => {
                    out.line(0, &format!("{head} {{}}"))
                }
                Fields::Named(fields) => {
                    out.line(0, &format!("{head} {{"))?;
                    for field in &fields.named {
                        attributes(out, 4, &field.attrs)?;
                        let name = field.ident.as_ref()?;
                        let ty = flat::ty(&field.ty)?;
                        out.line(4, &format!("{}{name}: {ty},", visibility(&field.vis)?))?;
                    }
                    out.line(0, "}")
                }
            }
        }
        Item::Enum(e) => {
            attributes(out, 0, &e.attrs)?;
            no_generics(&e.generics)?;
            let head = format!("{}enum {}", visibility(&e.vis)?, e.ident);
            if e.variants.is_empty() {
                return out.line(0, &format!("{head} {{}}"));
            }
            out.line(0, &format!("{head} {{"))?;
            for variant in &e.variants {
                attributes(out, 4, &variant.attrs)?;
                if variant.discriminant.is_some() {
                    return None;
                }
                match &variant.fields {
                    Fields::Unit => out.line(4, &format!("{},", variant.ident))?,
                    Fields::Unnamed(fields) => {
                        let types = tuple_fields(&fields.unnamed)?;
                        out.line(4, &format!("{}({types}),", variant.ident))?;
                    }
                    Fields::Named(_) => return None,
                }
            }
            out.line(0, "}")
        }
        Item::Impl(i) => {
            attributes(out, 0, &i.attrs)?;
            if i.defaultness.is_some() || i.unsafety.is_some() || i.generics.where_clause.is_some()
            {
                return None;
            }
            let mut head = format!("impl{} ", generic_params(&i.generics)?);
            if let Some((bang, path, _)) = &i.trait_ {
                if bang.is_some() {
                    return None;
                }
                head.push_str(&flat::path(path, false)?);
                head.push_str(" for ");
            }
            head.push_str(&flat::ty(&i.self_ty)?);
            if i.items.is_empty() {
                return out.line(0, &format!("{head} {{}}"));
            }
            out.line(0, &format!("{head} {{"))?;
            for member in &i.items {
                impl_item(out, member)?;
            }
            out.line(0, "}")
        }
        Item::Fn(f) => {
            attributes(out, 0, &f.attrs)?;
            block::function(out, 0, &visibility(&f.vis)?, &f.sig, &f.block)
        }
        Item::Use(u) => {
            attributes(out, 0, &u.attrs)?;
            if u.leading_colon.is_some() {
                return None;
            }
            let tree = use_tree(&u.tree)?;
            out.line(0, &format!("{}use {tree};", visibility(&u.vis)?))
        }
        Item::Mod(m) if m.content.is_none() && m.unsafety.is_none() => {
            attributes(out, 0, &m.attrs)?;
            out.line(0, &format!("{}mod {};", visibility(&m.vis)?, m.ident))
        }
        _ => None,
    }
}

/// A use path without braces (rustfmt sorts and wraps inside braces).
fn use_tree(tree: &syn::UseTree) -> Option<String> {
    match tree {
        syn::UseTree::Path(p) => Some(format!("{}::{}", p.ident, use_tree(&p.tree)?)),
        syn::UseTree::Name(n) => Some(n.ident.to_string()),
        syn::UseTree::Rename(r) => Some(format!("{} as {}", r.ident, r.rename)),
        syn::UseTree::Glob(_) => Some("*".to_string()),
        syn::UseTree::Group(_) => None,
    }
}

fn impl_item(out: &mut Out, member: &ImplItem) -> Option<()> {
    match member {
        ImplItem::Fn(f) => {
            attributes(out, 4, &f.attrs)?;
            if f.defaultness.is_some() {
                return None;
            }
            block::function(out, 4, &visibility(&f.vis)?, &f.sig, &f.block)
        }
        ImplItem::Type(t) => {
            attributes(out, 4, &t.attrs)?;
            no_generics(&t.generics)?;
            let ty = flat::ty(&t.ty)?;
            out.line(
                4,
                &format!("{}type {} = {ty};", visibility(&t.vis)?, t.ident),
            )
        }
        _ => None,
    }
}

fn no_generics(generics: &syn::Generics) -> Option<()> {
    (generics.params.is_empty() && generics.where_clause.is_none()).then_some(())
}

/// `<'a, T>` for parameters without bounds or defaults; empty for none.
fn generic_params(generics: &syn::Generics) -> Option<String> {
    if generics.params.is_empty() {
        return Some(String::new());
    }
    let params = generics
        .params
        .iter()
        .map(|param| match param {
            syn::GenericParam::Lifetime(l) if l.bounds.is_empty() && l.attrs.is_empty() => {
                Some(l.lifetime.to_string())
            }
            syn::GenericParam::Type(t)
                if t.bounds.is_empty() && t.default.is_none() && t.attrs.is_empty() =>
            {
                Some(t.ident.to_string())
            }
            _ => None,
        })
        .collect::<Option<Vec<_>>>()?;
    Some(format!("<{}>", params.join(", ")))
}

fn tuple_fields(fields: &Punctuated<syn::Field, syn::Token![,]>) -> Option<String> {
    let types = fields
        .iter()
        .map(|field| {
            if !field.attrs.is_empty() {
                return None;
            }
            Some(format!(
                "{}{}",
                visibility(&field.vis)?,
                flat::ty(&field.ty)?
            ))
        })
        .collect::<Option<Vec<_>>>()?
        .join(", ");
    (width(&types)? <= TUPLE_FIELDS).then_some(types)
}

fn visibility(vis: &Visibility) -> Option<String> {
    match vis {
        Visibility::Public(_) => Some("pub ".to_string()),
        Visibility::Inherited => Some(String::new()),
        Visibility::Restricted(r) => {
            let path = flat::path(&r.path, false)?;
            Some(match r.in_token {
                Some(_) => format!("pub(in {path}) "),
                None => format!("pub({path}) "),
            })
        }
    }
}

/// Outer attributes, doc comments as `///` lines (as prettyplease prints them and rustfmt keeps
/// them).
fn attributes(out: &mut Out, indent: usize, attrs: &[Attribute]) -> Option<()> {
    for attr in attrs {
        if !matches!(attr.style, syn::AttrStyle::Outer) {
            return None;
        }
        match &attr.meta {
            Meta::NameValue(nv) if nv.path.is_ident("doc") => {
                let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(text),
                    attrs,
                }) = &nv.value
                else {
                    return None;
                };
                let text = text.value();
                if !attrs.is_empty() || !plain_doc(&text) {
                    return None;
                }
                out.raw(indent, &format!("///{text}"));
            }
            Meta::Path(path) => out.line(indent, &format!("#[{}]", flat::path(path, false)?))?,
            Meta::NameValue(nv) => out.line(
                indent,
                &format!(
                    "#[{} = {}]",
                    flat::path(&nv.path, false)?,
                    flat::expr(&nv.value)?
                ),
            )?,
            Meta::List(list) => attribute_list(out, indent, list)?,
        }
    }
    Some(())
}

/// `#[name(a, b)]` on one line, or with one argument per line when rustfmt breaks it.
fn attribute_list(out: &mut Out, indent: usize, list: &syn::MetaList) -> Option<()> {
    let name = flat::path(&list.path, false)?;
    let args = list
        .parse_args_with(Punctuated::<Meta, syn::Token![,]>::parse_terminated)
        .ok()?;
    if args.trailing_punct() || args.is_empty() {
        return None;
    }
    let items = args.iter().map(meta).collect::<Option<Vec<_>>>()?;
    if let Some(one_line) = attribute_line(indent, &name, &items) {
        return out.line(indent, &one_line);
    }
    // Kept on one line by rustfmt but too long for it here, or outside what is probed.
    if name == "derive"
        || items.len() == 1
        || width(&items.join(", "))? <= ATTR_ARGS
        || args.iter().any(|arg| matches!(arg, Meta::List(_)))
    {
        return None;
    }
    out.line(indent, &format!("#[{name}("))?;
    let last = items.len() - 1;
    for (i, item) in items.iter().enumerate() {
        let comma = if i == last { "" } else { "," };
        out.line(indent + 4, &format!("{item}{comma}"))?;
    }
    out.line(indent, ")]")
}

/// `#[name(items)]` when rustfmt keeps it on one line at `indent`.
pub(crate) fn attribute_line(
    indent: usize,
    name: &str,
    items: &[impl AsRef<str>],
) -> Option<String> {
    let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    let inner = items.join(", ");
    let one_line = format!("#[{name}({inner})]");
    let line_width = indent + width(&one_line)?;
    let kept = if name == "derive" {
        line_width <= DERIVE_LINE
    } else if items.len() == 1 {
        line_width <= ATTR_ONE_ARG_LINE
    } else {
        width(&inner)? <= ATTR_ARGS && line_width <= MAX_WIDTH
    };
    kept.then_some(one_line)
}

fn meta(meta: &Meta) -> Option<String> {
    match meta {
        Meta::Path(path) => flat::path(path, false),
        Meta::NameValue(nv) => Some(format!(
            "{} = {}",
            flat::path(&nv.path, false)?,
            flat::expr(&nv.value)?
        )),
        Meta::List(list) => {
            let args = list
                .parse_args_with(Punctuated::<Meta, syn::Token![,]>::parse_terminated)
                .ok()?;
            if args.trailing_punct() {
                return None;
            }
            let items = args.iter().map(self::meta).collect::<Option<Vec<_>>>()?;
            Some(format!(
                "{}({})",
                flat::path(&list.path, false)?,
                items.join(", ")
            ))
        }
    }
}
