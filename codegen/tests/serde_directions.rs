//! Which serde impls a model gets: `Serialize` where requests reach it, `Deserialize` where
//! responses reach it, the other direction behind the crate's `serialize`/`deserialize` feature,
//! and both for types no operation uses (kept with `x-keep`, and the types inside them).

use std::collections::BTreeMap;
use std::path::Path;

const SPEC: &str = r##"
openapi: 3.0.3
info: { title: Directions, version: "1" }
paths:
  /orders:
    post:
      operationId: createOrder
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: "#/components/schemas/NewOrder" }
      responses:
        "200":
          description: The order.
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Order" }
        "400":
          description: Refused.
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Problem" }
components:
  schemas:
    NewOrder:
      type: object
      properties:
        amount: { $ref: "#/components/schemas/Amount" }
        status: { $ref: "#/components/schemas/Status" }
        notes: { $ref: "#/components/schemas/NoteList" }
    NoteList:
      type: array
      items: { $ref: "#/components/schemas/Note" }
    Note:
      type: object
      properties:
        text: { type: string }
    Order:
      type: object
      properties:
        id: { type: string }
        amount: { $ref: "#/components/schemas/Amount" }
        status: { $ref: "#/components/schemas/Status" }
    Amount:
      type: object
      properties:
        value: { type: string }
    Status:
      type: string
      enum: [open, closed]
    Problem:
      type: object
      properties:
        title: { type: string }
    OrderEvent:
      type: object
      x-keep: true
      properties:
        order: { $ref: "#/components/schemas/EventDetail" }
    EventDetail:
      type: object
      properties:
        kind: { type: string }
"##;

fn models() -> BTreeMap<String, String> {
    let options = paygen_codegen::Options {
        crate_name: "directions-client".into(),
        runtime: paygen_codegen::RuntimeDependency::Path("../runtime".into()),
        rustfmt: false,
    };
    paygen_codegen::generate_str(SPEC, Path::new("directions.yaml"), &options)
        .expect("the spec generates")
        .files
}

/// The serde derives of the model in `file`: (always, behind a feature).
fn serde_impls(files: &BTreeMap<String, String>, file: &str) -> (Vec<String>, Vec<String>) {
    let text = &files[&format!("src/models/{file}.rs")];
    let mut always = Vec::new();
    let mut gated = Vec::new();
    for line in text.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("#[derive(") {
            always.extend(
                ["Serialize", "Deserialize"]
                    .into_iter()
                    .filter(|t| rest.contains(&format!("serde::{t}")))
                    .map(str::to_string),
            );
        } else if let Some(rest) = line.strip_prefix("#[cfg_attr(feature = ") {
            gated.push(rest.to_string());
        }
    }
    (always, gated)
}

fn expect(files: &BTreeMap<String, String>, file: &str, always: &[&str], gated: &[&str]) {
    let (got_always, got_gated) = serde_impls(files, file);
    assert_eq!(got_always, always, "{file}: derived without a feature");
    let gated: Vec<String> = gated
        .iter()
        .map(|t| {
            let feature = t.to_lowercase();
            format!("\"{feature}\", derive(serde::{t}))]")
        })
        .collect();
    assert_eq!(got_gated, gated, "{file}: derived with a feature");
}

#[test]
fn each_model_implements_the_directions_the_api_uses() {
    let files = models();
    // Sent only, also inside a list.
    expect(&files, "new_order", &["Serialize"], &["Deserialize"]);
    expect(&files, "note", &["Serialize"], &["Deserialize"]);
    // Received only: a success body and an error body.
    expect(&files, "order", &["Deserialize"], &["Serialize"]);
    expect(&files, "problem", &["Deserialize"], &["Serialize"]);
    // Both ways.
    expect(&files, "amount", &["Serialize", "Deserialize"], &[]);
    expect(&files, "status", &["Serialize", "Deserialize"], &[]);
    // Used by no operation (a webhook payload, say), and the types inside it.
    expect(&files, "order_event", &["Serialize", "Deserialize"], &[]);
    expect(&files, "event_detail", &["Serialize", "Deserialize"], &[]);
}

#[test]
fn the_manifest_declares_both_features() {
    let files = models();
    let manifest = &files["Cargo.toml"];
    for feature in ["serialize = []", "deserialize = []"] {
        assert!(manifest.contains(feature), "{feature} missing:\n{manifest}");
    }
}
