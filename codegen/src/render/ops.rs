//! Operations → `src/operations/<tag>.rs`: one group struct per tag; per operation a struct of
//! its parameters, their setters on the crate's `Call`, and its `paygen_runtime::Operation`
//! impl (request building and response decoding). Sending lives once, in `client::Call`.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use serde_json::Value;

use super::docs::{attrs, clean, lines};
use super::types::{ident, type_tokens, ModelPath};
use crate::ir::{
    Api, BodyMedia, FormEncoding, Operation, PageStop, Param, ParamLocation, ParamStyle,
    ResponseBody, StatusMatch, SuccessShape, Tag, TypeKind, TypeRef,
};

fn ty(t: &TypeRef) -> TokenStream {
    type_tokens(t, ModelPath::Crate)
}

/// The Rust type `send()` returns.
pub fn success_type(op: &Operation) -> TokenStream {
    match &op.success {
        SuccessShape::Single(body) => body_type(body),
        SuccessShape::Enum { name } => {
            let name = ident(name);
            quote!(crate::models::#name)
        }
    }
}

fn body_type(body: &ResponseBody) -> TokenStream {
    match body {
        ResponseBody::Empty => quote!(()),
        ResponseBody::Json(t) => ty(t),
        ResponseBody::Text => quote!(String),
        ResponseBody::Binary => quote!(paygen_runtime::Bytes),
    }
}

/// One tag's module.
pub fn render_tag(api: &Api, tag: &Tag) -> TokenStream {
    let ops: Vec<&Operation> = api
        .operations
        .iter()
        .filter(|op| op.tag_module == tag.module)
        .collect();
    let struct_name = ident(&tag.struct_name);
    let group_docs = attrs(&lines(
        &tag.docs,
        &format!("Operations tagged `{}`.", tag.name),
    ));
    let methods = ops.iter().map(|op| render_entry(op));
    let builders = ops.iter().map(|op| render_builder(api, tag, op));
    quote! {
        use crate::client::Client;
        #[allow(unused_imports)]
        use paygen_runtime::ParamValue;

        #group_docs
        #[derive(Clone, Copy, Debug)]
        pub struct #struct_name<'a> {
            pub(crate) client: &'a Client,
        }

        impl<'a> #struct_name<'a> {
            #(#methods)*
        }

        #(#builders)*
    }
}

fn required_args(op: &Operation) -> Vec<(&str, TokenStream)> {
    let mut args: Vec<(&str, TokenStream)> = op
        .params
        .iter()
        .filter(|p| p.required)
        .map(|p| (p.name.as_str(), argument_type(p)))
        .collect();
    if let Some(body) = op.body.as_ref().filter(|b| b.required) {
        args.push(("body", ty(&body.ty)));
    }
    args
}

fn param_type(p: &Param) -> TokenStream {
    let inner = ty(&p.ty);
    if p.list {
        quote!(Vec<#inner>)
    } else {
        inner
    }
}

/// The type a caller passes: strings take anything that converts into a `String`.
fn argument_type(p: &Param) -> TokenStream {
    if !p.list && p.ty == TypeRef::String {
        quote!(impl Into<String>)
    } else {
        param_type(p)
    }
}

/// How an argument becomes the stored value.
fn argument_value(p: &Param, value: TokenStream) -> TokenStream {
    if !p.list && p.ty == TypeRef::String {
        quote!(#value.into())
    } else {
        value
    }
}

fn operation_doc_lines(op: &Operation) -> Vec<String> {
    let mut out = lines(&op.docs, &op.id);
    out.push(String::new());
    out.push(format!("`{} {}`", op.method, op.path));
    let required: Vec<&Param> = op.params.iter().filter(|p| p.required).collect();
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
    if let Some(key) = &op.idempotency_key {
        out.push(String::new());
        out.push(format!(
            "Retried safely on transient failures: `{key}` makes the request idempotent."
        ));
    }
    if op.pagination.is_some() {
        out.push(String::new());
        out.push(
            "Pages: [`into_stream`](crate::client::Call::into_stream) on the returned call walks \
             every item."
                .into(),
        );
    }
    out
}

fn render_entry(op: &Operation) -> TokenStream {
    let fn_name = ident(&op.fn_name);
    let builder = ident(&op.builder_name);
    let docs = attrs(&operation_doc_lines(op));
    let args = required_args(op);
    let arg_names: Vec<_> = args.iter().map(|(n, _)| ident(n)).collect();
    let arg_types: Vec<_> = args.iter().map(|(_, t)| t.clone()).collect();
    let arg_values: Vec<TokenStream> = op
        .params
        .iter()
        .filter(|p| p.required)
        .map(|p| {
            let n = ident(&p.name);
            if !p.list && p.ty == TypeRef::String {
                quote!(#n: #n.into())
            } else {
                quote!(#n)
            }
        })
        .chain(op.body.iter().filter(|b| b.required).map(|_| quote!(body)))
        .collect();
    let optional: Vec<_> = op
        .params
        .iter()
        .filter(|p| !p.required)
        .map(|p| ident(&p.name))
        .collect();
    let optional_body = op
        .body
        .as_ref()
        .filter(|b| !b.required)
        .map(|_| quote!(body: None,));
    let deprecated = op.docs.deprecated.then(|| quote!(#[deprecated]));
    quote! {
        #docs
        #deprecated
        pub fn #fn_name(&self, #( #arg_names: #arg_types ),*) -> crate::client::Call<'a, #builder> {
            crate::client::Call::new(self.client, #builder {
                #( #arg_values, )*
                #( #optional: None, )*
                #optional_body
            })
        }
    }
}

fn render_builder(api: &Api, tag: &Tag, op: &Operation) -> TokenStream {
    let builder = ident(&op.builder_name);
    let doc = format!(
        " The parameters of `{} {}`, set on the [`Call`](crate::client::Call) that [`{}`]({}::{}) returns.",
        op.method,
        op.path,
        op.fn_name,
        tag.struct_name,
        op.fn_name
    );
    let fields = op.params.iter().map(|p| {
        let name = ident(&p.name);
        let t = param_type(p);
        if p.required {
            quote!(#name: #t,)
        } else {
            quote!(#name: Option<#t>,)
        }
    });
    let body_field = op.body.as_ref().map(|b| {
        let t = ty(&b.ty);
        if b.required {
            quote!(body: #t,)
        } else {
            quote!(body: Option<#t>,)
        }
    });
    let setters = op.params.iter().filter(|p| !p.required).map(|p| {
        let name = ident(&p.name);
        let t = argument_type(p);
        let value = argument_value(p, quote!(value));
        let mut doc_lines = lines(&p.docs, &format!("Sets `{}`.", p.wire_name));
        doc_lines.push(String::new());
        doc_lines.push(format!(
            "Sent as the {} parameter `{}`.",
            location_word(p.location),
            p.wire_name
        ));
        let docs = attrs(&doc_lines);
        quote! {
            #docs
            pub fn #name(mut self, value: #t) -> Self {
                self.op.#name = Some(#value);
                self
            }
        }
    });
    let body_setter = op.body.as_ref().filter(|b| !b.required).map(|b| {
        let t = ty(&b.ty);
        quote! {
            /// Sets the request body.
            pub fn body(mut self, value: #t) -> Self {
                self.op.body = Some(value);
                self
            }
        }
    });
    let request = render_request(api, op);
    let success = success_type(op);
    let decode = render_decode(op);
    let paged = op.pagination.as_ref().map(|_| render_paged(api, op));
    let envelope = envelope_check(api, op, quote!(&raw));
    let setters: Vec<TokenStream> = setters.chain(body_setter).collect();
    let call_impl = (!setters.is_empty())
        .then(|| quote!(impl crate::client::Call<'_, #builder> { #(#setters)* }));
    quote! {
        #[doc = #doc]
        #[derive(Clone, Debug)]
        pub struct #builder {
            #(#fields)*
            #body_field
        }

        #call_impl

        impl paygen_runtime::Operation for #builder {
            type Output = #success;
            type ErrorBody = crate::ErrorBody;

            #request

            #[inline]
            fn decode(raw: paygen_runtime::RawResponse) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
                #envelope
                #decode
            }
        }

        #paged
    }
}

fn location_word(location: ParamLocation) -> &'static str {
    match location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    }
}

/// Builds `self.request()`: path, query, headers and body.
fn render_request(api: &Api, op: &Operation) -> TokenStream {
    let method = format_ident!("{}", op.method);
    let path_template = &op.path;
    let (format_string, path_args) = path_format(op);
    let path_expr = if path_args.is_empty() {
        quote!(#format_string.to_string())
    } else {
        quote!(format!(#format_string, #( paygen_runtime::encode_path_segment(&#path_args) ),*))
    };
    let mut query = Vec::new();
    let mut headers = Vec::new();
    let mut cookies = Vec::new();
    for p in op
        .params
        .iter()
        .filter(|p| p.location != ParamLocation::Path)
    {
        let name = ident(&p.name);
        let wire = &p.wire_name;
        let push = match (p.location, p.list, p.style) {
            (ParamLocation::Query, true, ParamStyle::Form { explode: true }) => {
                quote!(for item in value { query.push((#wire.to_string(), item.to_param())); })
            }
            (ParamLocation::Query, true, style) => {
                let sep = match style {
                    ParamStyle::SpaceDelimited => " ",
                    ParamStyle::PipeDelimited => "|",
                    _ => ",",
                };
                quote!(query.push((#wire.to_string(), value.iter().map(|item| item.to_param()).collect::<Vec<_>>().join(#sep)));)
            }
            (ParamLocation::Query, false, ParamStyle::DeepObject) => {
                quote!(query.extend(paygen_runtime::deep_object_pairs(#wire, value));)
            }
            (ParamLocation::Query, false, _) => {
                quote!(query.push((#wire.to_string(), value.to_param()));)
            }
            (ParamLocation::Header, true, _) => {
                quote!(headers.push((#wire.to_string(), value.iter().map(|item| item.to_param()).collect::<Vec<_>>().join(","))))
            }
            (ParamLocation::Header, false, _) => {
                quote!(headers.push((#wire.to_string(), value.to_param()));)
            }
            (ParamLocation::Cookie, _, _) => {
                let joined = if p.list {
                    quote!(value
                        .iter()
                        .map(|item| item.to_param())
                        .collect::<Vec<_>>()
                        .join(","))
                } else {
                    quote!(value.to_param())
                };
                quote!(cookies.push(format!("{}={}", #wire, #joined));)
            }
            (ParamLocation::Path, _, _) => unreachable!("path parameters are filtered out"),
        };
        let (target, stmt) = if p.required {
            (p.location, quote!({ let value = &self.#name; #push }))
        } else {
            (
                p.location,
                quote!(if let Some(value) = &self.#name { #push }),
            )
        };
        match target {
            ParamLocation::Query => query.push(stmt),
            ParamLocation::Header => headers.push(stmt),
            _ => cookies.push(stmt),
        }
    }
    if let Some(accept) = &op.accept {
        headers.insert(
            0,
            quote!(headers.push(("Accept".to_string(), #accept.to_string()));),
        );
    }
    let query_init = if query.is_empty() {
        quote!(let query = Vec::new();)
    } else {
        quote!(let mut query = Vec::new(); #(#query)*)
    };
    let cookie_stmt = if cookies.is_empty() {
        quote!()
    } else {
        quote! {
            let mut cookies: Vec<String> = Vec::new();
            #(#cookies)*
            if !cookies.is_empty() {
                headers.push(("Cookie".to_string(), cookies.join("; ")));
            }
        }
    };
    // Non-JSON downloads ask for their own media type instead of the client's JSON default.
    let first = match &op.accept {
        Some(accept) => quote!(vec![("Accept".to_string(), #accept.to_string())]),
        None => quote!(Vec::new()),
    };
    let headers_init = if headers.is_empty() && cookies.is_empty() {
        quote!(let headers = #first;)
    } else {
        quote!(let mut headers = #first; #(#headers)* #cookie_stmt)
    };
    let body = match &op.body {
        None => quote!(paygen_runtime::RequestBody::Empty),
        Some(b) => {
            let encode = |value: TokenStream| match &b.media {
                BodyMedia::Json => quote!(paygen_runtime::json_body(#value)?),
                BodyMedia::Form if b.form_encodings.is_empty() => {
                    quote!(paygen_runtime::form_body(#value)?)
                }
                BodyMedia::Form => {
                    let fields = b.form_encodings.iter().map(|(field, style)| {
                        let style = match style {
                            FormEncoding::DeepObject => quote!(DeepObject),
                            FormEncoding::Exploded => quote!(Exploded),
                            FormEncoding::Comma => quote!(Comma),
                            FormEncoding::SpaceDelimited => quote!(SpaceDelimited),
                            FormEncoding::PipeDelimited => quote!(PipeDelimited),
                            FormEncoding::Json => quote!(Json),
                        };
                        quote!((#field, paygen_runtime::FormStyle::#style))
                    });
                    quote!(paygen_runtime::form_body_encoded(#value, &[#(#fields),*])?)
                }
                BodyMedia::Multipart => multipart_encode(api, &b.ty, value),
                BodyMedia::Binary(_) => {
                    let ct = &b.content_type;
                    quote!(paygen_runtime::RequestBody::Bytes { content_type: #ct.to_string(), data: Clone::clone(#value) })
                }
                BodyMedia::Text(_) => {
                    let ct = &b.content_type;
                    quote!(paygen_runtime::RequestBody::Text { content_type: #ct.to_string(), data: Clone::clone(#value) })
                }
            };
            if b.required {
                encode(quote!(&self.body))
            } else {
                let inner = encode(quote!(body));
                quote!(match &self.body { Some(body) => #inner, None => paygen_runtime::RequestBody::Empty })
            }
        }
    };
    let security = op
        .security
        .iter()
        .map(|alternative| quote!(&[#(#alternative),*]));
    let idempotent = op.idempotent;
    // `#[inline]` here and on `decode`: these are the functions that
    // instantiate serde_json for the operation's models; inline functions are only compiled in
    // the crate that calls them, so a user pays code generation for the operations they use,
    // not for the whole API each time the generated crate is built.
    quote! {
        #[inline]
        fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
            #query_init
            #headers_init
            Ok(paygen_runtime::ApiRequest {
                method: paygen_runtime::Method::#method,
                path_template: #path_template,
                path: #path_expr,
                query,
                headers,
                body: #body,
                security: &[#(#security),*],
                idempotent: #idempotent,
                options: paygen_runtime::RequestOptions::default(),
            })
        }
    }
}

/// A multipart body. Objects with file (`format: binary`) properties are sent part by part, files
/// as file parts; anything else as text fields.
fn multipart_encode(api: &Api, body_ty: &TypeRef, value: TokenStream) -> TokenStream {
    let fields = match body_ty {
        TypeRef::Named(name) => match api.types.iter().find(|t| &t.name == name).map(|t| &t.kind) {
            Some(TypeKind::Struct(s)) => Some(&s.fields),
            _ => None,
        },
        _ => None,
    };
    let Some(fields) = fields.filter(|f| f.iter().any(|f| is_file(&f.ty))) else {
        return quote!(paygen_runtime::multipart_body(#value)?);
    };
    let parts = fields.iter().map(|f| {
        let name = ident(&f.name);
        let wire = &f.wire_name;
        let required = f.presence == crate::ir::Presence::Required;
        match (&f.ty, required) {
            (TypeRef::Bytes, true) => quote!(parts = parts.file(#wire, &body.#name, None);),
            (TypeRef::Bytes, false) => quote!(if let Some(file) = &body.#name { parts = parts.file(#wire, file, None); }),
            (TypeRef::List(inner), true) if **inner == TypeRef::Bytes => quote!(for file in &body.#name { parts = parts.file(#wire, file, None); }),
            (TypeRef::List(inner), false) if **inner == TypeRef::Bytes => {
                quote!(for file in body.#name.iter().flatten() { parts = parts.file(#wire, file, None); })
            }
            _ => quote!(parts = parts.text(#wire, &body.#name);),
        }
    });
    quote!({
        let body = #value;
        let mut parts = paygen_runtime::multipart::Multipart::new();
        #(#parts)*
        parts.build()
    })
}

fn is_file(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Bytes => true,
        TypeRef::List(inner) => **inner == TypeRef::Bytes,
        _ => false,
    }
}

/// The `format!` string for the path and the expressions that fill it.
fn path_format(op: &Operation) -> (String, Vec<TokenStream>) {
    let mut format_string = String::new();
    let mut args = Vec::new();
    let mut rest = op.path.as_str();
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        format_string.push_str(&rest[..start].replace('{', "{{").replace('}', "}}"));
        let name = &rest[start + 1..start + len];
        match op
            .params
            .iter()
            .find(|p| p.location == ParamLocation::Path && p.wire_name == name)
        {
            Some(p) => {
                let field = ident(&p.name);
                format_string.push_str("{}");
                args.push(quote!(self.#field.to_param()));
            }
            None => format_string.push_str(&format!("{{{{{name}}}}}")),
        }
        rest = &rest[start + len + 1..];
    }
    format_string.push_str(&rest.replace('{', "{{").replace('}', "}}"));
    (format_string, args)
}

fn status_pattern(status: &StatusMatch) -> TokenStream {
    match status {
        StatusMatch::Code(code) => {
            let code = Literal::u16_unsuffixed(*code);
            quote!(#code)
        }
        StatusMatch::Range(class) => {
            let low = Literal::u16_unsuffixed(class * 100);
            let high = Literal::u16_unsuffixed(class * 100 + 99);
            quote!(#low..=#high)
        }
        StatusMatch::Default => quote!(_),
    }
}

/// The runtime function that reads a 2xx body of this kind from `&RawResponse`.
fn body_reader(body: &ResponseBody) -> TokenStream {
    match body {
        ResponseBody::Empty => quote!(paygen_runtime::no_body),
        ResponseBody::Json(_) => quote!(paygen_runtime::decode_json),
        ResponseBody::Text => quote!(paygen_runtime::decode_text),
        ResponseBody::Binary => quote!(paygen_runtime::body_bytes),
    }
}

/// Turns the raw response into the typed result by status.
fn render_decode(op: &Operation) -> TokenStream {
    match &op.success {
        SuccessShape::Single(body) => {
            let read = body_reader(body);
            quote!(paygen_runtime::decode_success(raw, #read))
        }
        SuccessShape::Enum { name } => {
            let name = ident(name);
            let arms = op.responses.iter().filter(|c| c.success).map(|case| {
                let pattern = status_pattern(&case.status);
                let variant = ident(&case.variant);
                let value = match &case.body {
                    ResponseBody::Empty => quote!(crate::models::#name::#variant),
                    other => {
                        let read = body_reader(other);
                        quote!(crate::models::#name::#variant(#read(&raw)?))
                    }
                };
                quote!(#pattern => #value,)
            });
            quote! {
                let body = match raw.status.as_u16() {
                    #(#arms)*
                    _ => return Err(paygen_runtime::api_error(raw)),
                };
                Ok(paygen_runtime::Response::from_raw(raw, body))
            }
        }
    }
}

/// The result-code check of an API whose bodies carry one; `raw` is the response as a
/// reference.
fn envelope_check(api: &Api, op: &Operation, raw: TokenStream) -> TokenStream {
    let Some(envelope) = &api.error_envelope else {
        return quote!();
    };
    let has_json = op
        .responses
        .iter()
        .any(|c| c.success && matches!(c.body, ResponseBody::Json(_)));
    if !has_json {
        return quote!();
    }
    let pointer = &envelope.code_pointer;
    let values = envelope
        .success
        .iter()
        .map(|text| match serde_json::from_str::<Value>(text) {
            Ok(Value::String(s)) => quote!(serde_json::Value::from(#s)),
            Ok(Value::Number(n)) if n.is_i64() => {
                let n = Literal::i64_suffixed(n.as_i64().unwrap_or_default());
                quote!(serde_json::Value::from(#n))
            }
            Ok(Value::Bool(b)) => quote!(serde_json::Value::from(#b)),
            _ => quote!(serde_json::Value::Null),
        });
    quote! {
        if raw.status.is_success() {
            paygen_runtime::check_envelope(#raw, #pointer, &[#(#values),*])?;
        }
    }
}

/// The `Paged` implementation of an operation with `x-pagination`, which the crate's
/// `Call::into_stream` walks.
fn render_paged(api: &Api, op: &Operation) -> TokenStream {
    let pagination = op.pagination.as_ref().expect("only called with pagination");
    let builder = ident(&op.builder_name);
    let item = ty(&pagination.item);
    let first = pagination.first_page;
    let items = &pagination.items_pointer;
    let stop = match &pagination.stop {
        PageStop::TotalItems(p) => quote!(paygen_runtime::pagination::Stop::TotalItems(#p)),
        PageStop::TotalPages(p) => quote!(paygen_runtime::pagination::Stop::TotalPages(#p)),
        PageStop::LastPage(p) => quote!(paygen_runtime::pagination::Stop::LastPage(#p)),
        PageStop::EmptyPage => quote!(paygen_runtime::pagination::Stop::EmptyPage),
    };
    let page_field = ident(&pagination.page_field);
    let set_page = if pagination.in_body {
        let (field_ty, required) =
            body_field_type(api, op, &pagination.page_field).unwrap_or((TypeRef::I64, false));
        let value = page_value(&field_ty);
        if required {
            quote!(self.body.#page_field = #value;)
        } else {
            quote!(self.body.#page_field = Some(#value);)
        }
    } else {
        let param = op
            .params
            .iter()
            .find(|p| p.name == pagination.page_field)
            .expect("lowering checked the page parameter");
        let value = page_value(&param.ty);
        if param.required {
            quote!(self.#page_field = #value;)
        } else {
            quote!(self.#page_field = Some(#value);)
        }
    };
    let envelope = envelope_check(api, op, quote!(raw));
    let check_page = (!envelope.is_empty()).then(|| {
        quote! {
            fn check_page(raw: &paygen_runtime::RawResponse) -> Result<(), crate::Error> {
                #envelope
                Ok(())
            }
        }
    });
    quote! {
        impl paygen_runtime::pagination::Paged for #builder {
            type Item = #item;

            fn page_spec() -> paygen_runtime::pagination::PageSpec {
                paygen_runtime::pagination::PageSpec { first_page: #first, items: #items, stop: #stop }
            }

            fn set_page(&mut self, page: u64) {
                #set_page
            }

            #check_page
        }
    }
}

fn page_value(ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::I32 => quote!(i32::try_from(page).unwrap_or(i32::MAX)),
        TypeRef::String => quote!(page.to_string()),
        TypeRef::F64 => quote!(page as f64),
        _ => quote!(i64::try_from(page).unwrap_or(i64::MAX)),
    }
}

fn body_field_type(api: &Api, op: &Operation, field: &str) -> Option<(TypeRef, bool)> {
    let TypeRef::Named(name) = &op.body.as_ref()?.ty else {
        return None;
    };
    let def = api.types.iter().find(|t| &t.name == name)?;
    let TypeKind::Struct(s) = &def.kind else {
        return None;
    };
    let f = s.fields.iter().find(|f| f.name == field)?;
    Some((f.ty.clone(), f.presence == crate::ir::Presence::Required))
}
