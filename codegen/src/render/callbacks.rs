//! `src/callbacks.rs`: verifiers for the signed callbacks the API sends.

use super::docs::parts;
use super::text::{string, Text, Writer};
use crate::ir::{Api, CallbackVerifier};

/// The module, or `None` when the spec has no signed callbacks.
pub fn render_callbacks(api: &Api) -> Option<Text> {
    if api.callbacks.is_empty() {
        return None;
    }
    let mut w = Writer::for_rustfmt(4096);
    w.code(
        0,
        "
//! Verifying the signed callbacks the API sends: build a verifier with your callback
//! secret, then pass it the timestamp header, the callback URL and the signature header
//! of each request you receive. Verification fails closed.",
    );
    if api.callbacks.iter().any(|c| c.read_back.is_some()) {
        w.code(
            0,
            "
//!
//! A signature proves only what its message covers. Where that is not the body, a
//! verified callback's amount or status may still have been altered in transit: act
//! on the resource read back from the API (the `read_back_*` functions), not on the
//! body.",
        );
    }
    w.end_item();
    for callback in &api.callbacks {
        write_verifier(&mut w, callback);
    }
    for callback in &api.callbacks {
        write_read_back(&mut w, api, callback);
    }
    Some(w.finish())
}

/// `ReadBack::reader_fn(client, body)`: the callback's resource as the API reports it.
fn write_read_back(w: &mut Writer, api: &Api, callback: &CallbackVerifier) {
    let Some(read) = callback.read_back.as_ref() else {
        return;
    };
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
    let docs = [
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
    ];
    w.docs(0, &parts(&docs));
    if let Some((cfg, _)) = super::features::tag_cfg_line(api, &read.tag_module) {
        w.line(0, &cfg);
    }
    w.line(0, &format!("pub async fn {}(", read.reader_fn));
    w.line(4, "client: &crate::Client,");
    w.line(4, "body: &[u8],");
    w.line(
        0,
        &format!(
            ") -> Result<<crate::operations::{}::{}<'static> as paygen_runtime::Operation>::Output, crate::Error> {{",
            read.tag_module, read.builder_name
        ),
    );
    w.line(
        4,
        &format!(
            "let id = paygen_runtime::callback::resource_id(body, {})?;",
            string(pointer)
        ),
    );
    w.line(
        4,
        &format!(
            "client.{}().{}(id).send().await",
            read.tag_module, read.fn_name
        ),
    );
    w.line(0, "}");
    w.end_item();
}

fn write_verifier(w: &mut Writer, callback: &CallbackVerifier) {
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
    w.docs(0, &parts(&lines));
    w.line(
        0,
        &format!(
            "pub fn {}(secret: impl Into<paygen_runtime::Secret>) -> paygen_runtime::callback::HmacVerifier {{",
            callback.fn_name
        ),
    );
    let tolerance = callback
        .tolerance_seconds
        .map(|s| format!(".tolerance(std::time::Duration::from_secs({s}))"))
        .unwrap_or_default();
    w.line(
        4,
        &format!(
            "paygen_runtime::callback::HmacVerifier::new(secret, {}){tolerance}",
            string(&callback.template)
        ),
    );
    w.line(0, "}");
    w.end_item();
}
