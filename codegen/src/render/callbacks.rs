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
    Some(quote! {
        //! Verifying the signed callbacks the API sends: build a verifier with your callback
        //! secret, then pass it the timestamp header, the callback URL and the signature header
        //! of each request you receive. Verification fails closed.

        #(#functions)*
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
