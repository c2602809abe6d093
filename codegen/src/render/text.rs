//! Rust written straight from the IR as text, in rustfmt's layout, item by item.
//!
//! Most generated items have a fixed shape, and writing them as text is far cheaper than
//! printing tokens and running rustfmt over them. Each item is [`Item::sure`] only when every
//! line of it is one rustfmt certainly keeps as written: plain doc lines, ASCII within
//! `max_width`, argument lists, chains, arrays and struct literals within rustfmt's width limits
//! (below). A file with any other item goes through rustfmt (`render::print`), so rustfmt decides
//! what the writer is not sure of. The test at the end holds every verdict to rustfmt on both
//! sides of each limit.

use std::fmt::Write;

/// rustfmt's `max_width`.
const MAX_WIDTH: usize = 100;
/// Widest argument list (calls, method calls, tuples, macros) kept on one line: rustfmt's
/// `fn_call_width`, 60.
const ARGS: usize = 60;
/// Widest method or field chain, or array, written on one line: well inside rustfmt's
/// `chain_width` and `array_width` (60), so that a decision never rests on how it measures.
const CHAIN: usize = 50;
/// Widest struct literal body on one line: rustfmt's `struct_lit_width`, exact.
const STRUCT_LIT: usize = 18;
/// rustfmt's `attr_fn_like_width`: the widest argument list of an attribute kept on one line
/// when it has more than one argument (exact).
const ATTR_ARGS: usize = 70;
/// Widest single-argument attribute line; rustfmt keeps longer ones on one line too, up to a
/// limit not probed.
const ATTR_ONE_ARG_LINE: usize = 90;
/// Widest `#[derive(..)]` line; rustfmt breaks derives from 97 columns.
const DERIVE_LINE: usize = 93;

/// Whether rustfmt keeps `text` at `indent` as one line: ASCII, no line break, within
/// `max_width`.
fn fits(indent: usize, text: &str) -> bool {
    width(text).is_some_and(|w| indent + w <= MAX_WIDTH)
}

/// The width of one line of ASCII text; `None` for anything else, whose width rustfmt may
/// measure differently.
fn width(text: &str) -> Option<usize> {
    (text.is_ascii() && !text.contains('\n')).then_some(text.len())
}

/// Whether the text of a doc attribute stays a plain `///{text}` comment under rustfmt.
fn plain_doc(text: &str) -> bool {
    !text.contains(['\n', '\r']) && !text.starts_with(['/', '!']) && text.trim_end() == text
}

/// `#[name(items)]` when rustfmt keeps it on one line at `indent`.
fn attribute_line(indent: usize, name: &str, items: &[&str]) -> Option<String> {
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

/// A file written as text: its items, each with whether it is certainly in rustfmt's layout.
pub struct Text {
    pub text: String,
    items: Vec<Span>,
}

struct Span {
    end: usize,
    sure: bool,
}

/// One top-level item of a [`Text`].
pub struct Item<'a> {
    pub text: &'a str,
    pub sure: bool,
}

impl Text {
    /// True when every item is certainly in rustfmt's layout.
    pub fn sure(&self) -> bool {
        self.items.iter().all(|span| span.sure)
    }

    /// The items in order.
    pub fn items(&self) -> impl Iterator<Item = Item<'_>> {
        let mut start = 0;
        self.items.iter().map(move |span| {
            let item = Item {
                text: &self.text[start..span.end],
                sure: span.sure,
            };
            start = span.end;
            item
        })
    }
}

/// Writes lines, judging each, and closes items.
pub struct Writer {
    text: String,
    items: Vec<Span>,
    sure: bool,
    /// False for a file whose items are left to rustfmt whatever their lines.
    judged: bool,
}

impl Writer {
    pub fn with_capacity(capacity: usize) -> Self {
        Writer {
            text: String::with_capacity(capacity),
            items: Vec::new(),
            sure: true,
            judged: true,
        }
    }

    /// A writer for a file rustfmt lays out: its items are written as readable Rust, one
    /// statement or declaration a line, and none is judged (`client.rs`, the unions, ...).
    pub fn for_rustfmt(capacity: usize) -> Self {
        Writer {
            judged: false,
            ..Writer::with_capacity(capacity)
        }
    }

    /// Lines of fixed code, each at `indent` plus its own indentation in `code`. Blank lines
    /// are not written: the blank lines between items come after rustfmt (`spacing.rs`).
    pub fn code(&mut self, indent: usize, code: &str) {
        for line in code.lines() {
            if line.trim().is_empty() {
                continue;
            }
            self.line(indent, line);
        }
    }

    /// A line rustfmt keeps as it is when it fits: no list in it can be too wide for one line.
    pub fn line(&mut self, indent: usize, line: &str) {
        self.sure &= fits(indent, line);
        self.indent(indent);
        self.text.push_str(line);
        self.text.push('\n');
    }

    /// `{head}({args}){tail}` on one line, certain while the list is within rustfmt's
    /// `fn_call_width` and each argument narrower than its `chain_width` and `array_width`, so
    /// that nothing nested in one could break either.
    pub fn call(&mut self, indent: usize, head: &str, args: &[&str], tail: &str) {
        self.sure &= args.iter().all(|arg| arg.len() <= CHAIN);
        let args = args.join(", ");
        self.sure &= args.len() <= ARGS;
        self.line(indent, &format!("{head}({args}){tail}"));
    }

    /// `#[name(items)]` on one line where rustfmt keeps it there, else one item per line as
    /// rustfmt breaks it (no trailing comma). A derive rustfmt would break, or a line too wide
    /// for either layout, leaves the item to rustfmt.
    pub fn attribute(&mut self, indent: usize, name: &str, items: &[&str]) {
        if let Some(line) = attribute_line(indent, name, items) {
            return self.line(indent, &line);
        }
        let one_line_width = width(&format!("#[{name}({})]", items.join(", ")));
        let vertical = name != "derive"
            && (items.len() > 1 || one_line_width.is_some_and(|w| indent + w > MAX_WIDTH));
        if !vertical {
            self.sure = false;
            return self.line(indent, &format!("#[{name}({})]", items.join(", ")));
        }
        self.line(indent, &format!("#[{name}("));
        if let Some((last, rest)) = items.split_last() {
            for item in rest {
                self.line(indent + 4, &format!("{item},"));
            }
            // The last item is judged as if it had a comma: rustfmt measures it with one.
            self.sure &= fits(indent + 4, &format!("{last},"));
            self.line(indent + 4, last);
        }
        self.line(indent, ")]");
    }

    /// `{head} {{ fields }}{tail}`: on one line while the body is within rustfmt's
    /// `struct_lit_width`, else one field per line.
    pub fn struct_literal(&mut self, indent: usize, head: &str, fields: &[String], tail: &str) {
        if let Some(literal) = one_line_literal(head, fields) {
            return self.line(indent, &format!("{literal}{tail}"));
        }
        self.line(indent, &format!("{head} {{"));
        for field in fields {
            self.line(indent + 4, &format!("{field},"));
        }
        self.line(indent, &format!("}}{tail}"));
    }

    /// A call whose last argument is a struct literal, after at least one other argument: on one
    /// line while the literal's body is within rustfmt's `struct_lit_width` (18), else one
    /// argument per line, since rustfmt does not overflow a literal that is one of several.
    pub fn call_with_literal(
        &mut self,
        indent: usize,
        head: &str,
        before: &[&str],
        name: &str,
        fields: &[String],
    ) {
        if let Some(literal) = one_line_literal(name, fields) {
            let mut args = before.to_vec();
            args.push(&literal);
            return self.call(indent, head, &args, "");
        }
        self.sure &= !before.is_empty();
        self.line(indent, &format!("{head}("));
        for arg in before {
            self.line(indent + 4, &format!("{arg},"));
        }
        self.line(indent + 4, &format!("{name} {{"));
        for field in fields {
            self.line(indent + 8, &format!("{field},"));
        }
        self.line(indent + 4, "},");
        self.line(indent, ")");
    }

    /// `{head}({args}){tail}` on one line while the list is within rustfmt's `fn_call_width`,
    /// else one argument per line with a trailing comma, as rustfmt breaks a list of several
    /// arguments none of which it overflows (no closure, block or literal among them).
    pub fn call_or_list(&mut self, indent: usize, head: &str, args: &[String], tail: &str) {
        let joined = args.join(", ");
        if joined.len() <= ARGS && fits(indent, &format!("{head}({joined}){tail}")) {
            return self.line(indent, &format!("{head}({joined}){tail}"));
        }
        self.sure &= args.len() > 1;
        self.line(indent, &format!("{head}("));
        for arg in args {
            self.line(indent + 4, &format!("{arg},"));
        }
        self.line(indent, &format!("){tail}"));
    }

    /// A method chain ending an expression, too wide for one line: the root, then one link per
    /// line, indented once, each link's arguments laid out by [`Writer::call_or_list`]. A chain
    /// within rustfmt's `chain_width` (60) is left to rustfmt, which may join it.
    pub fn chain(&mut self, indent: usize, root: &str, links: &[(String, Vec<String>)]) {
        let one_line: String = links.iter().fold(root.to_string(), |line, (name, args)| {
            format!("{line}.{name}({})", args.join(", "))
        });
        self.sure &= one_line.len() > 60;
        self.line(indent, root);
        for (name, args) in links {
            self.call_or_list(indent + 4, &format!(".{name}"), args, "");
        }
    }

    /// Marks the item unsure when `text`, a chain (`self.op.name`) or an array written on one
    /// line, is not well inside rustfmt's `chain_width` and `array_width`.
    pub fn narrow(&mut self, text: &str) {
        self.sure &= text.len() <= CHAIN;
    }

    /// A function's signature and its opening brace: on one line when it fits, else one
    /// parameter per line, as rustfmt lays out a signature (its parameters have no width limit
    /// of their own).
    pub fn signature(&mut self, indent: usize, head: &str, params: &[String], ret: &str) {
        let one_line = format!("{head}({}){ret} {{", params.join(", "));
        if fits(indent, &one_line) {
            return self.line(indent, &one_line);
        }
        self.sure &= !params.is_empty();
        self.line(indent, &format!("{head}("));
        for param in params {
            self.line(indent + 4, &format!("{param},"));
        }
        // rustfmt keeps the brace after the return type while the line stays within the width
        // less the indent, and moves it to a line of its own while the line fits the full width
        // (measured with rustfmt 1.9, by the sweep in the tests below); a wider return type is
        // laid out by rules not probed.
        let close = format!("){ret}");
        let close_width = width(&close).map_or(usize::MAX, |w| indent + w);
        if close_width + 2 <= MAX_WIDTH - indent {
            self.line(indent, &format!("{close} {{"));
        } else if close_width <= MAX_WIDTH || method_return_kept_whole(indent, &close) {
            // rustfmt keeps such a return type whole even past the width.
            let sure = self.sure;
            self.line(indent, &close);
            self.sure = sure;
            self.line(indent, "{");
        } else if let Some((open, inner, tail)) = method_return_generics(indent, &close) {
            self.line(indent, open);
            self.sure &= top_level_args(inner) == 1;
            self.line(indent + 4, &format!("{inner},"));
            self.line(indent, &format!("{tail} {{"));
        } else {
            self.sure = false;
            self.line(indent, &format!("{close} {{"));
        }
    }

    /// `///` lines. A part rustfmt would not keep as a plain comment (a line break, a trailing
    /// space) is written as the `#[doc = ".."]` attribute it stands for, and makes the item
    /// unsure.
    pub fn docs(&mut self, indent: usize, parts: &[String]) {
        for part in parts {
            self.indent(indent);
            if plain_doc(part) {
                let _ = writeln!(self.text, "///{part}");
            } else {
                self.sure = false;
                let _ = writeln!(self.text, "{}", doc_comment(part));
            }
        }
    }

    /// Leaves the current item to rustfmt, whatever its lines: for shapes the writer does not
    /// know rustfmt's layout of.
    pub fn unsure(&mut self) {
        self.sure = false;
    }

    /// Ends the current top-level item.
    pub fn end_item(&mut self) {
        self.items.push(Span {
            end: self.text.len(),
            sure: self.sure && self.judged,
        });
        self.sure = true;
    }

    pub fn finish(mut self) -> Text {
        if self.items.last().map_or(0, |span| span.end) < self.text.len() {
            self.end_item();
        }
        Text {
            text: self.text,
            items: self.items,
        }
    }

    fn indent(&mut self, indent: usize) {
        for _ in 0..indent {
            self.text.push(' ');
        }
    }
}

/// Widest return type rustfmt keeps whole after a method's `) -> ` (measured at indent 4 for
/// `impl Trait<Assoc = T> + 'a`, by the sweep in the tests below).
const METHOD_RETURN_TYPE: usize = 98;

/// Whether `close`, a method's `) -> impl ..` at indent 4, has a return type rustfmt keeps on
/// that line.
fn method_return_kept_whole(indent: usize, close: &str) -> bool {
    close
        .strip_prefix(") -> ")
        .filter(|ty| indent == 4 && ty.starts_with("impl "))
        .and_then(width)
        .is_some_and(|w| w <= METHOD_RETURN_TYPE)
}

/// A method's `) -> {type}` (at indent 4) whose type is too wide for rustfmt to keep whole,
/// cut around the type's generic list: `) -> impl Future<`, the arguments, `> + 'a`.
fn method_return_generics(indent: usize, close: &str) -> Option<(&str, &str, &str)> {
    let ty = close.strip_prefix(") -> ")?;
    if indent != 4 || !ty.starts_with("impl ") || method_return_kept_whole(indent, close) {
        return None;
    }
    let open = close.find('<')?;
    let mut depth = 0usize;
    for (i, c) in close.char_indices().skip(open) {
        match c {
            '<' => depth += 1,
            '>' => {
                depth -= 1;
                if depth == 0 {
                    return Some((&close[..=open], &close[open + 1..i], &close[i..]));
                }
            }
            _ => {}
        }
    }
    None
}

/// The number of comma-separated arguments of a generic list, not counting nested ones.
fn top_level_args(args: &str) -> usize {
    let mut depth = 0usize;
    let mut count = 1;
    for c in args.chars() {
        match c {
            '<' | '(' | '[' => depth += 1,
            '>' | ')' | ']' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => count += 1,
            _ => {}
        }
    }
    count
}

/// `{head} {{ fields }}` when rustfmt keeps the literal on one line (its body within
/// `struct_lit_width`).
fn one_line_literal(head: &str, fields: &[String]) -> Option<String> {
    if fields.is_empty() {
        return Some(format!("{head} {{}}"));
    }
    let body = fields.join(", ");
    (body.len() <= STRUCT_LIT).then(|| format!("{head} {{ {body} }}"))
}

/// A doc text rustfmt does not keep as a plain `///` line, written as rustdoc reads it: a
/// `///` line without its trailing spaces, a `/** */` block for several lines, or the
/// `#[doc = ".."]` attribute when a comment cannot hold it.
fn doc_comment(text: &str) -> String {
    if !text.contains('\n') && !text.starts_with('/') {
        return format!("///{}", text.trim_end_matches(' '));
    }
    if can_be_block_comment(text) && !text.starts_with(['*', '/']) {
        // Trailing spaces go from every line but the last, which the `*/` closes.
        let (body, last) = text.rsplit_once('\n').unwrap_or(("", text));
        let mut trimmed: Vec<&str> = body.split('\n').map(|l| l.trim_end_matches(' ')).collect();
        trimmed.push(last);
        return format!("/**{}*/", trimmed.join("\n"));
    }
    format!("#[doc = {}]", string(text))
}

/// Whether `text` can sit in a `/** */` comment: its `/*` and `*/` pair up and it does not end
/// in `/`.
fn can_be_block_comment(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i + 1 < bytes.len() {
        match (bytes[i], bytes[i + 1]) {
            (b'/', b'*') => {
                depth += 1;
                i += 2;
            }
            (b'*', b'/') if depth == 0 => return false,
            (b'*', b'/') => {
                depth -= 1;
                i += 2;
            }
            _ => i += 1,
        }
    }
    depth == 0 && !text.ends_with('/')
}

/// A string literal as Rust source: `"` and `\\` escaped, control and invisible characters as
/// escapes, everything else as it is.
pub fn string(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            // `\0` before an octal digit reads as an octal escape to clippy.
            '\0' if chars
                .as_str()
                .starts_with(|next: char| ('0'..='7').contains(&next)) =>
            {
                out.push_str("\\x00")
            }
            '\0' => out.push_str("\\0"),
            '\'' => out.push(c),
            _ => out.extend(c.escape_debug()),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::{doc_comment, string, Writer};

    #[test]
    fn string_literals_escape_what_rust_needs_and_keep_the_rest() {
        assert_eq!(string("plain"), r#""plain""#);
        assert_eq!(string("a \"b\" \\ it's"), r#""a \"b\" \\ it's""#);
        assert_eq!(string("line\nbreak\ttab"), r#""line\nbreak\ttab""#);
        assert_eq!(string("Zürich"), "\"Zürich\"");
        // `\0` then a digit is written `\x00` so that no reader takes it for an octal escape.
        assert_eq!(string("\u{0}1\u{0}x"), r#""\x001\0x""#);
    }

    #[test]
    fn doc_texts_rustfmt_would_not_keep_take_the_form_rustdoc_reads_the_same() {
        assert_eq!(doc_comment(" trailing  "), "/// trailing");
        assert_eq!(doc_comment(" one \n two "), "/** one\n two */");
        // A comment cannot hold an unmatched `*/`, nor start a doc with `/`.
        assert_eq!(doc_comment(" a */ b\nc"), r#"#[doc = " a */ b\nc"]"#);
        assert_eq!(doc_comment("/ path"), r#"#[doc = "/ path"]"#);
        let mut w = Writer::with_capacity(0);
        w.docs(0, &[" fine".to_string(), " trailing ".to_string()]);
        let text = w.finish();
        assert_eq!(text.text, "/// fine\n/// trailing\n");
        assert!(
            !text.sure(),
            "rustfmt decides what it makes of the trailing space"
        );
    }

    #[test]
    fn a_file_for_rustfmt_is_never_final() {
        let mut w = Writer::for_rustfmt(0);
        w.code(
            4,
            "
fn f() {
    g();
}",
        );
        let text = w.finish();
        assert_eq!(text.text, "    fn f() {\n        g();\n    }\n");
        assert!(!text.sure());
    }

    #[test]
    fn each_item_keeps_its_own_verdict() {
        let mut w = Writer::with_capacity(0);
        w.line(0, "struct A;");
        w.end_item();
        w.call(0, "const B: u8 = f", &["x", &"y".repeat(58)], ";");
        w.end_item();
        w.signature(0, "fn c", &[], " -> u8");
        w.line(4, "1");
        w.line(0, "}");
        let text = w.finish();
        let verdicts: Vec<bool> = text.items().map(|item| item.sure).collect();
        assert_eq!(verdicts, [true, false, true]);
        assert!(!text.sure());
        assert_eq!(
            text.items().map(|item| item.text).collect::<String>(),
            text.text
        );
    }

    #[test]
    fn a_signature_too_long_for_a_line_takes_one_parameter_per_line() {
        let mut w = Writer::with_capacity(0);
        let params = vec!["&self".to_string(), format!("value: {}", "T".repeat(80))];
        w.signature(4, "pub fn set", &params, " -> Self");
        let text = w.finish();
        assert!(text.sure());
        let expected = format!(
            "    pub fn set(\n        &self,\n        value: {},\n    ) -> Self {{\n",
            "T".repeat(80)
        );
        assert_eq!(text.text, expected);
    }

    /// `text` as rustfmt lays it out (edition 2024).
    pub(crate) fn rustfmt(text: &str) -> String {
        use std::io::Write;
        let program = std::env::var("RUSTFMT").unwrap_or_else(|_| "rustfmt".into());
        let mut child = std::process::Command::new(program)
            .args(["--edition", "2024", "--emit", "stdout"])
            .current_dir(std::env::temp_dir())
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("rustfmt runs");
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(text.as_bytes()).expect("rustfmt reads");
        drop(stdin);
        let output = child.wait_with_output().expect("rustfmt ends");
        assert!(output.status.success(), "rustfmt failed");
        String::from_utf8(output.stdout).expect("UTF-8")
    }

    /// Items of each shape the generator writes, with names from short to too long for every
    /// limit: each item the writer is sure of must be exactly what rustfmt makes of it.
    #[test]
    fn what_the_writer_is_sure_of_is_what_rustfmt_writes() {
        let mut w = Writer::with_capacity(1 << 20);
        // A statement in a method body, each its own item.
        let statement = |w: &mut Writer, write: &dyn Fn(&mut Writer)| {
            w.line(0, "impl X {");
            w.line(4, "fn f(&self) {");
            write(w);
            w.line(4, "}");
            w.line(0, "}");
            w.end_item();
        };
        for n in 1..=100 {
            let x = "n".repeat(n);
            let field = format!("&self.{x}");
            let wire = string(&x);
            statement(&mut w, &|w| {
                w.call(8, "request.query", &[&wire, &field], ";")
            });
            statement(&mut w, &|w| {
                w.call(8, "request.query_joined", &[&wire, "value", "\" \""], ";")
            });
            statement(&mut w, &|w| {
                let target = format!("self.op.{x}");
                w.narrow(&target);
                w.call(8, &format!("{target} = Some"), &["value.into()"], ";")
            });
            statement(&mut w, &|w| {
                w.call(
                    8,
                    "request.body = paygen_runtime::json_body",
                    &[&field],
                    "?;",
                )
            });
            statement(&mut w, &|w| {
                w.call(8, "paygen_runtime::decode_success", &["raw", &x], "")
            });
            let fields = [x.clone(), "body: None".to_string()];
            statement(&mut w, &|w| {
                w.call_with_literal(
                    8,
                    "crate::client::Call::new",
                    &["self.client"],
                    "N",
                    &fields,
                )
            });
            let name = format!("N{x}");
            let fields = ["id".to_string(), "body".to_string()];
            statement(&mut w, &|w| {
                w.call_with_literal(
                    8,
                    "crate::client::Call::new",
                    &["self.client"],
                    &name,
                    &fields,
                )
            });
            statement(&mut w, &|w| {
                let read = format!("paygen_runtime::decode_json(&{x})?");
                w.line(8, "match s {");
                w.call(12, "200 => crate::models::N::Ok", &[&read], ",");
                w.line(8, "}");
            });
            statement(&mut w, &|w| {
                w.line(8, "S {");
                w.line(12, &format!("path: {wire},"));
                let security = format!("&[{wire}]");
                w.narrow(&security);
                w.line(12, &format!("security: &[{security}],"));
                w.line(8, "};");
            });
            statement(&mut w, &|w| {
                let fields = [x.clone(), "b: None".to_string()];
                w.struct_literal(8, "Self", &fields, "");
            });
            w.attribute(0, "derive", &["Clone", "Debug", &x]);
            w.line(0, "pub struct D;");
            w.end_item();
            let rename = format!("rename = {wire}");
            w.line(0, "pub struct S {");
            w.attribute(4, "serde", &[&rename, "default"]);
            w.line(4, "pub f: u8,");
            w.attribute(4, "serde", &[&rename]);
            w.line(4, &format!("pub g: Option<{x}>,"));
            w.attribute(
                4,
                "serde",
                &[
                    &rename,
                    "default",
                    "skip_serializing_if = \"Option::is_none\"",
                ],
            );
            w.line(4, "pub h: u8,");
            w.line(0, "}");
            w.end_item();
            w.attribute(0, "serde", &[&rename, "default"]);
            w.line(0, "pub struct T;");
            w.end_item();
            w.line(0, "impl X {");
            w.line(4, "fn f() {");
            w.line(8, "match x {");
            w.attribute(
                12,
                "cfg",
                &[&format!("feature = {wire}"), "feature = \"b\""],
            );
            w.line(12, "_ => {}");
            w.line(8, "}");
            w.line(4, "}");
            w.line(0, "}");
            w.end_item();
            w.line(0, "impl X {");
            let params = ["&self".to_string(), format!("{x}: Vec<String>")];
            w.signature(4, "pub fn f", &params, " -> C<'a, B>");
            w.line(8, "1");
            w.line(4, "}");
            w.line(0, "}");
            w.end_item();
            // The senders of an operation, wide enough for each layout of the return type.
            for ret in [
                format!(" -> impl Future<Output = Result<Response<crate::models::{x}>, crate::Error>> + 'a"),
                format!(" -> impl Future<Output = Result<crate::models::{x}, crate::Error>> + 'a"),
                format!(" -> impl Stream<Item = Result<crate::models::{x}, crate::Error>> + 'a"),
                format!(" -> impl M<A, crate::models::{x}> + 'a"),
            ] {
                w.line(0, "impl X {");
                w.signature(4, "pub fn send", &["self".to_string()], &ret);
                w.line(8, "1");
                w.line(4, "}");
                w.line(0, "}");
                w.end_item();
            }
            w.line(0, "impl X {");
            let ret = format!(
                " -> impl Future<Output = Result<Response<crate::models::{x}>, crate::Error>> + 'a"
            );
            w.signature(4, "pub fn send_with_response", &["self".to_string()], &ret);
            w.line(8, "1");
            w.line(4, "}");
            let ret = format!(" -> impl Stream<Item = Result<Vec<{x}>, E>> + 'a");
            w.signature(4, "pub fn into_stream", &["self".to_string()], &ret);
            w.line(8, "1");
            w.line(4, "}");
            w.line(0, "}");
            w.end_item();
            w.line(0, "impl X {");
            w.signature(
                4,
                "pub fn g",
                &["self".to_string()],
                &format!(" -> M<A, {x}>"),
            );
            w.line(8, "1");
            w.line(4, "}");
            w.line(0, "}");
            w.end_item();
        }
        let text = w.finish();
        let sure: String = text.items().filter(|i| i.sure).map(|i| i.text).collect();
        let (yes, no) = text.items().fold((0, 0), |(yes, no), item| {
            if item.sure {
                (yes + 1, no)
            } else {
                (yes, no + 1)
            }
        });
        // Both sides of the limits are probed.
        assert!(yes > 500 && no > 250, "{yes} sure, {no} not");
        assert_rustfmt_keeps(&sure);
    }

    /// Fails with the first line where rustfmt lays out `text` differently.
    pub(crate) fn assert_rustfmt_keeps(text: &str) {
        let formatted = rustfmt(text);
        if formatted != text {
            let (ours, theirs) = text
                .lines()
                .zip(formatted.lines())
                .find(|(a, b)| a != b)
                .unwrap_or_default();
            panic!("the writer wrote\n{ours}\nwhere rustfmt writes\n{theirs}");
        }
    }
}
