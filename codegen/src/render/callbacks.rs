//! `src/callbacks.rs`: verifiers for the signed callbacks the API sends.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs::attrs;
use crate::ir::{Api, CallbackVerifier};

/// The module, or `None` when the spec has no signed callbacks.
pub fn render_callbacks(api: &Api) -> Option<TokenStream> {
    if api.callbacks.is_empty() {
        return None;
    }
    let functions = api.callbacks.iter().map(render_verifier);
    let read_backs: Vec<TokenStream> = api
        .callbacks
        .iter()
        .filter_map(|c| render_read_back(api, c))
        .collect();
    let read_back_doc = (!read_backs.is_empty()).then(|| {
        quote! {
            //!
            //! A signature proves only what its message covers. Where that is not the body, a
            //! verified callback's amount or status may still have been altered in transit: act
            //! on the resource read back from the API (the `read_back_*` functions), not on the
            //! body.
        }
    });
    Some(quote! {
        //! Verifying the signed callbacks the API sends: build a verifier with your callback
        //! secret, then pass it the timestamp header, the callback URL and the signature header
        //! of each request you receive. Verification fails closed.
        #read_back_doc

        #(#functions)*
        #(#read_backs)*
    })
}

/// `read_back_<callback>(client, body)`: the callback's resource as the API reports it.
fn render_read_back(api: &Api, callback: &CallbackVerifier) -> Option<TokenStream> {
    let read = callback.read_back.as_ref()?;
    let name = format_ident!("read_back_{}", callback.fn_name);
    let module = format_ident!("{}", read.tag_module);
    let method = format_ident!("{}", read.fn_name);
    let op = format_ident!("{}", read.builder_name);
    let pointer = &read.id_pointer;
    let covers = if callback.template.contains("{body}") {
        String::from("The signature covers the body too; reading the resource back still gives its current state.")
    } else {
        format!(
            "The signature covers only `{}`, not the body: a verified callback's amount or \
             status may have been altered in transit. Act on what this returns, never on the \
             callback's body.",
            callback.template
        )
    };
    let docs = attrs(&[
        format!(
            "Reads the resource a verified `{}` callback is about back from the API, with `{} {}`.",
            callback.name, read.method, read.path
        ),
        String::new(),
        covers,
        String::new(),
        format!(
            "Verify the callback first (see [`{}`]); `body` is its JSON body, whose `{pointer}` \
             names the resource. Only that id is taken from it. A body without the id is \
             `Error::Callback`. For a callback without a body, call `{}` with the id your own \
             callback URL carries.",
            callback.fn_name, read.fn_name
        ),
    ]);
    let cfg = super::features::tag_cfg(api, &read.tag_module);
    Some(quote! {
        #docs
        #cfg
        pub async fn #name(
            client: &crate::Client,
            body: &[u8],
        ) -> Result<<crate::operations::#module::#op<'static> as paygen_runtime::Operation>::Output, crate::Error> {
            let id = paygen_runtime::callback::resource_id(body, #pointer)?;
            client.#module().#method(id).send().await
        }
    })
}

fn render_verifier(callback: &CallbackVerifier) -> TokenStream {
    let name = format_ident!("{}", callback.fn_name);
    let template = &callback.template;
    let mut lines = vec![
        format!("A verifier for `{}` callbacks.", callback.name),
        String::new(),
    ];
    lines.push(format!(
        "The signature is the base64 HMAC-SHA256 of `{}` in the `{}` header{}.",
        callback.template,
        callback.signature_header,
        callback
            .timestamp_header
            .as_ref()
            .map(|h| format!("; the time is in the `{h}` header"))
            .unwrap_or_default()
    ));
    if let Some(why) = &callback.docs.inferred {
        lines.push(String::new());
        lines.push(format!("**Inferred:** {}", super::docs::clean(why)));
    }
    let docs = attrs(&lines);
    let tolerance = callback.tolerance_seconds.map(|s| {
        let s = proc_macro2::Literal::u64_unsuffixed(s);
        quote!(.tolerance(std::time::Duration::from_secs(#s)))
    });
    quote! {
        #docs
        pub fn #name(secret: impl Into<paygen_runtime::Secret>) -> paygen_runtime::callback::HmacVerifier {
            paygen_runtime::callback::HmacVerifier::new(secret, #template) #tolerance
        }
    }
}
