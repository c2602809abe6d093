//! Functions and their bodies: signatures, statements, and the multi-line forms rustfmt gives
//! matches, ifs and struct literals.

use syn::{Block, Expr, Stmt};

use super::{fits, flat, Out};

/// A function with its signature on one line, or one parameter per line when it does not fit.
pub(super) fn function(
    out: &mut Out,
    indent: usize,
    vis: &str,
    sig: &syn::Signature,
    body: &Block,
) -> Option<()> {
    if sig.constness.is_some()
        || sig.asyncness.is_some()
        || sig.unsafety.is_some()
        || sig.abi.is_some()
        || sig.variadic.is_some()
        || !sig.generics.params.is_empty()
        || sig.generics.where_clause.is_some()
    {
        return None;
    }
    let params = sig
        .inputs
        .iter()
        .map(|input| match input {
            syn::FnArg::Receiver(r) if r.colon_token.is_none() && r.attrs.is_empty() => {
                let mut text = String::new();
                if let Some((_, lifetime)) = &r.reference {
                    text.push('&');
                    if let Some(lifetime) = lifetime {
                        text.push_str(&format!("{lifetime} "));
                    }
                }
                if r.mutability.is_some() {
                    text.push_str("mut ");
                }
                text.push_str("self");
                Some(text)
            }
            syn::FnArg::Typed(t) if t.attrs.is_empty() => {
                Some(format!("{}: {}", flat::pat(&t.pat)?, flat::ty(&t.ty)?))
            }
            _ => None,
        })
        .collect::<Option<Vec<_>>>()?;
    let ret = flat::return_type(&sig.output)?;
    let open = format!("{vis}fn {}(", sig.ident);
    if body.stmts.is_empty() {
        return out.line(indent, &format!("{open}{}){ret} {{}}", params.join(", ")));
    }
    let one_line = format!("{open}{}){ret} {{", params.join(", "));
    if fits(indent, &one_line) {
        out.line(indent, &one_line)?;
    } else {
        if params.is_empty() {
            return None;
        }
        out.line(indent, &open)?;
        for param in &params {
            out.line(indent + 4, &format!("{param},"))?;
        }
        out.line(indent, &format!("){ret} {{"))?;
    }
    statements(out, indent + 4, &body.stmts)?;
    out.line(indent, "}")
}

fn statements(out: &mut Out, indent: usize, stmts: &[Stmt]) -> Option<()> {
    for stmt in stmts {
        match stmt {
            Stmt::Local(local) => {
                if !local.attrs.is_empty() {
                    return None;
                }
                let pattern = flat::pat(&local.pat)?;
                match &local.init {
                    None => out.line(indent, &format!("let {pattern};"))?,
                    Some(init) if init.diverge.is_none() => {
                        value(out, indent, &format!("let {pattern} = "), &init.expr, ";")?;
                    }
                    Some(_) => return None,
                }
            }
            Stmt::Expr(e, semi) => {
                let suffix = if semi.is_some() { ";" } else { "" };
                match e {
                    Expr::If(_) if semi.is_none() => if_chain(out, indent, e)?,
                    Expr::Match(m) if semi.is_none() => match_expr(out, indent, "", m, "")?,
                    Expr::If(_) | Expr::Match(_) => return None,
                    _ => value(out, indent, "", e, suffix)?,
                }
            }
            _ => return None,
        }
    }
    Some(())
}

/// `lead` + the expression + `suffix`: on one line when it fits, else in the multi-line forms
/// rustfmt gives a struct literal, a call whose only argument is one, and a match.
fn value(out: &mut Out, indent: usize, lead: &str, e: &Expr, suffix: &str) -> Option<()> {
    if let Some(text) = flat::expr(e) {
        let line = format!("{lead}{text}{suffix}");
        if fits(indent, &line) {
            return out.line(indent, &line);
        }
    }
    match e {
        Expr::Struct(s) => struct_literal(out, indent, lead, s, suffix),
        Expr::Call(call) if call.attrs.is_empty() => {
            let callee = flat::operand(&call.func)?;
            let args: Vec<&Expr> = call.args.iter().collect();
            arguments(out, indent, &format!("{lead}{callee}"), &args, suffix, ",")
        }
        Expr::Macro(m) if m.attrs.is_empty() => {
            if !matches!(m.mac.delimiter, syn::MacroDelimiter::Paren(_)) {
                return None;
            }
            let callee = format!("{}!", flat::path(&m.mac.path, false)?);
            let parsed = flat::macro_args(&m.mac)?;
            let args: Vec<&Expr> = parsed.iter().collect();
            // rustfmt puts no trailing comma after a macro's last argument.
            arguments(out, indent, &format!("{lead}{callee}"), &args, suffix, "")
        }
        Expr::MethodCall(_) | Expr::Field(_) => chain(out, indent, lead, e, suffix),
        Expr::Match(m) if !lead.is_empty() => match_expr(out, indent, lead, m, suffix),
        _ => None,
    }
}

/// A call's arguments when they do not fit on one line: a single struct literal or tuple
/// argument opens on the call's line and closes with it (rustfmt's overflow of a last argument);
/// several arguments go one per line. Only when rustfmt must break the list: wider than its
/// `fn_call_width` by a margin, or too long for the line.
fn arguments(
    out: &mut Out,
    indent: usize,
    head: &str,
    args: &[&Expr],
    suffix: &str,
    last_comma: &str,
) -> Option<()> {
    // Widths as if on one line (`None`: an argument the printer cannot write at all). rustfmt
    // must break a list wider than its limit by a margin, or too long for the line with the
    // `delimiters` around it.
    let list_width =
        |widths: &[usize]| widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1);
    let must_break = |inner: usize, delimiters: usize| -> Option<bool> {
        Some(
            inner >= flat::BROKEN
                || indent + flat::width(head)? + inner + delimiters + flat::width(suffix)?
                    > super::MAX_WIDTH,
        )
    };
    match args {
        [Expr::Struct(s)] => {
            struct_literal(out, indent, &format!("{head}("), s, &format!("){suffix}"))
        }
        [Expr::Tuple(tuple)] if tuple.attrs.is_empty() && tuple.elems.len() > 1 => {
            let items: Vec<usize> = tuple
                .elems
                .iter()
                .map(flat::one_line_width)
                .collect::<Option<_>>()?;
            if !must_break(list_width(&items), 4)? {
                return None;
            }
            out.line(indent, &format!("{head}(("))?;
            for item in &tuple.elems {
                value(out, indent + 4, "", item, ",")?;
            }
            out.line(indent, &format!(")){suffix}"))
        }
        [_, .., last] => {
            if args.len() < 2 || overflows(last) {
                return None;
            }
            let widths: Vec<usize> = args
                .iter()
                .map(|arg| flat::one_line_width(arg))
                .collect::<Option<_>>()?;
            // A struct literal that breaks is not a last argument rustfmt overflows when there
            // are several: the list goes one per line.
            let breaking_struct = args
                .iter()
                .any(|arg| struct_literal_breaks(arg) == Some(true));
            if !breaking_struct && !must_break(list_width(&widths), 2)? {
                return None;
            }
            out.line(indent, &format!("{head}("))?;
            for (i, arg) in args.iter().enumerate() {
                let comma = if i + 1 == args.len() { last_comma } else { "," };
                value(out, indent + 4, "", arg, comma)?;
            }
            out.line(indent, &format!("){suffix}"))
        }
        _ => None,
    }
}

/// Whether rustfmt breaks a struct literal's body because it is wider than `struct_lit_width`
/// (exact), whatever the room on the line; `None` when it is not a struct literal or has a
/// field without a one-line form.
fn struct_literal_breaks(arg: &Expr) -> Option<bool> {
    let Expr::Struct(s) = arg else {
        return None;
    };
    let (_, fields) = flat::struct_parts(s)?;
    let fields: Vec<String> = fields.into_iter().collect::<Option<_>>()?;
    Some(flat::width(&fields.join(", "))? > flat::STRUCT_LIT)
}

/// Last arguments rustfmt may lay out across lines from the call's own line instead of
/// breaking the argument list (closures and blocks, also behind `&`, `?`, `!` or `as`).
fn overflows(arg: &Expr) -> bool {
    match arg {
        Expr::Closure(_) | Expr::Block(_) | Expr::Async(_) => true,
        Expr::Reference(r) => overflows(&r.expr),
        Expr::Try(t) => overflows(&t.expr),
        Expr::Unary(u) => overflows(&u.expr),
        Expr::Cast(c) => overflows(&c.expr),
        _ => false,
    }
}

/// A method chain too wide for rustfmt's `chain_width`: the receiver, then one link per line;
/// a receiver no wider than an indent keeps the first link on its line.
fn chain(out: &mut Out, indent: usize, lead: &str, e: &Expr, suffix: &str) -> Option<()> {
    if let Expr::MethodCall(m) = e {
        let receiver_is_link = matches!(
            *m.receiver,
            Expr::MethodCall(_) | Expr::Field(_) | Expr::Try(_) | Expr::Await(_)
        );
        if !receiver_is_link {
            // One link: `root.name(args)` breaks inside its arguments, like a call.
            if m.turbofish.is_some() || !m.attrs.is_empty() {
                return None;
            }
            let root = flat::operand(&m.receiver)?;
            let args: Vec<&Expr> = m.args.iter().collect();
            let head = format!("{lead}{root}.{}", m.method);
            return arguments(out, indent, &head, &args, suffix, ",");
        }
    }
    let (root, links) = flat::chain_links(e)?;
    if links.len() < 2 {
        return None;
    }
    let one_line = format!("{root}{}", links.concat());
    if flat::width(&one_line)? < flat::BROKEN && fits(indent, &format!("{lead}{one_line}{suffix}"))
    {
        return None;
    }
    // Probed: a receiver narrower than an indent at the start of a line keeps its first link
    // there (`x.b()`, not `value` nor after `let v = `); four columns is not probed. rustfmt
    // leaves a chain whose receiver nearly fills the line as it is.
    let root_width = flat::width(&root)?;
    let lead_width = flat::width(lead)?;
    if (lead.is_empty() && root_width == 4) || indent + lead_width + root_width > 80 {
        return None;
    }
    let (first, rest) = if lead.is_empty() && root_width < 4 {
        (format!("{root}{}", links[0]), &links[1..])
    } else {
        (format!("{lead}{root}"), &links[..])
    };
    out.line(indent, &first)?;
    for (i, link) in rest.iter().enumerate() {
        let end = if i + 1 == rest.len() { suffix } else { "" };
        out.line(indent + 4, &format!("{link}{end}"))?;
    }
    Some(())
}

/// A struct literal with one field per line. Only taken when rustfmt must break it: the body
/// is wider than `struct_lit_width`, or the one-line form does not fit the line.
fn struct_literal(
    out: &mut Out,
    indent: usize,
    lead: &str,
    s: &syn::ExprStruct,
    suffix: &str,
) -> Option<()> {
    if !s.attrs.is_empty() {
        return None;
    }
    let (head, fields) = flat::struct_parts(s)?;
    if fields.is_empty() {
        return None;
    }
    // A field with no one-line form is wider than the limit, so the body must break.
    if let Some(fields) = fields.into_iter().collect::<Option<Vec<_>>>() {
        let body = fields.join(", ");
        let one_line = format!("{lead}{head} {{ {body} }}{suffix}");
        if flat::width(&body)? <= flat::STRUCT_LIT && fits(indent, &one_line) {
            return None;
        }
    }
    out.line(indent, &format!("{lead}{head} {{"))?;
    for field in &s.fields {
        let syn::Member::Named(name) = &field.member else {
            return None;
        };
        match field.colon_token {
            None => out.line(indent + 4, &format!("{name},"))?,
            Some(_) => value(out, indent + 4, &format!("{name}: "), &field.expr, ",")?,
        }
    }
    out.line(indent, &format!("}}{suffix}"))
}

/// `match x {` with one arm per line (arms with statements get a block) and `}`.
fn match_expr(
    out: &mut Out,
    indent: usize,
    lead: &str,
    m: &syn::ExprMatch,
    suffix: &str,
) -> Option<()> {
    if !m.attrs.is_empty() || m.arms.is_empty() || matches!(*m.expr, Expr::Struct(_)) {
        return None;
    }
    out.line(indent, &format!("{lead}match {} {{", flat::expr(&m.expr)?))?;
    for arm in &m.arms {
        if !arm.attrs.is_empty() || arm.guard.is_some() {
            return None;
        }
        let pattern = flat::pat(&arm.pat)?;
        match &*arm.body {
            Expr::Block(b) if b.label.is_none() && b.attrs.is_empty() => {
                // rustfmt unwraps a block holding one expression; not handled here.
                if b.block.stmts.is_empty() || matches!(b.block.stmts[..], [Stmt::Expr(_, None)]) {
                    return None;
                }
                out.line(indent + 4, &format!("{pattern} => {{"))?;
                statements(out, indent + 8, &b.block.stmts)?;
                out.line(indent + 4, "}")?;
            }
            body => {
                let line = format!("{pattern} => {},", flat::expr(body)?);
                out.line(indent + 4, &line)?;
            }
        }
    }
    out.line(indent, &format!("}}{suffix}"))
}

/// `if cond {` … `} else if cond {` … `} else {` … `}`. An if-else whose branches are single
/// expressions can fit on one line in rustfmt, so it is left out.
fn if_chain(out: &mut Out, indent: usize, e: &Expr) -> Option<()> {
    let mut current = e;
    let mut lead = "if";
    loop {
        let Expr::If(i) = current else {
            return None;
        };
        if !i.attrs.is_empty() || i.then_branch.stmts.is_empty() {
            return None;
        }
        if i.else_branch.is_some() && matches!(i.then_branch.stmts[..], [Stmt::Expr(_, None)]) {
            return None;
        }
        out.line(indent, &format!("{lead} {} {{", flat::expr(&i.cond)?))?;
        statements(out, indent + 4, &i.then_branch.stmts)?;
        match &i.else_branch {
            None => return out.line(indent, "}"),
            Some((_, next)) => match &**next {
                Expr::If(_) => {
                    current = next;
                    lead = "} else if";
                }
                Expr::Block(b) if b.attrs.is_empty() && b.label.is_none() => {
                    if b.block.stmts.is_empty() {
                        return None;
                    }
                    out.line(indent, "} else {")?;
                    statements(out, indent + 4, &b.block.stmts)?;
                    return out.line(indent, "}");
                }
                _ => return None,
            },
        }
    }
}
