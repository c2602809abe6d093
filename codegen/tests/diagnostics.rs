//! Bad specs get every problem reported with a JSON pointer, never a panic.

use std::path::Path;

use paygen_codegen::{Diagnostics, Severity};

fn problems(text: &str) -> Vec<String> {
    match paygen_codegen::load::load_str(text, Diagnostics::new(Path::new("spec.yaml"))) {
        Ok(_) => Vec::new(),
        Err(d) => d
            .sorted()
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| format!("{} {}", d.pointer, d.message))
            .collect(),
    }
}

#[test]
fn broken_ref_duplicate_operation_id_and_unknown_type_are_all_reported() {
    let text = include_str!("../../tests/fixtures/invalid/three-problems.yaml");
    let found = problems(text);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found.iter().any(|p| p.starts_with(
        "/paths/~1a/get/responses/200/content/application~1json/schema/$ref broken $ref"
    )));
    assert!(found
        .iter()
        .any(|p| p.starts_with("/paths/~1b/get/operationId duplicate operationId `getThing`")));
    assert!(found
        .iter()
        .any(|p| p.starts_with("/components/schemas/Weird/type unknown schema type `strnig`")));
}

#[test]
fn openapi_31_is_read_and_other_versions_and_swagger_get_one_clear_diagnostic() {
    assert_eq!(
        problems("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"),
        Vec::<String>::new()
    );
    // 3.1 makes `paths` optional.
    assert_eq!(
        problems("openapi: 3.1.1\ninfo: {title: t, version: '1'}\nwebhooks: {}\n"),
        Vec::<String>::new()
    );
    let found = problems("openapi: 3.2.0\ninfo: {title: t, version: '1'}\npaths: {}\n");
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("/openapi unsupported OpenAPI version `3.2.0`"),
        "{found:?}"
    );
    let found = problems("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n");
    assert!(
        found[0].contains("Swagger 2.0 is not supported"),
        "{found:?}"
    );
}

fn options() -> paygen_codegen::Options {
    paygen_codegen::Options {
        crate_name: "f-client".into(),
        runtime: paygen_codegen::RuntimeDependency::Path("../runtime".into()),
        rustfmt: false,
    }
}

fn warnings_of(text: &str, name: &str) -> Vec<String> {
    let generated = paygen_codegen::generate_str(text, Path::new(name), &options())
        .unwrap_or_else(|d| panic!("{d}"));
    generated
        .warnings
        .iter()
        .map(|d| format!("{} {}", d.pointer, d.message))
        .collect()
}

#[test]
fn properties_named_like_keywords_are_properties() {
    // Each of these once failed validation ("$ref must be a string") or was read as a keyword.
    let text = r##"openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /k:
    get:
      operationId: getK
      parameters:
        - $ref: "#/components/parameters/schema"
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/K"}
components:
  parameters:
    schema: {name: schema, in: query, schema: {type: string}}
  schemas:
    K:
      type: object
      required: [$ref, type]
      properties:
        $ref: {type: object, properties: {$ref: {type: string}}}
        type: {type: string}
        properties: {type: object, properties: {properties: {type: integer}}}
        items: {type: array, items: {type: string}}
        enum: {type: string}
        default: {type: object, properties: {x-y: {type: string}}}
        example: {type: string}
        x-kind: {type: string}
      discriminator:
        propertyName: type
        mapping: {$ref: "#/components/schemas/K"}
"##;
    assert_eq!(problems(text), Vec::<String>::new());
    let warnings = warnings_of(text, "spec.yaml");
    assert!(warnings.is_empty(), "{warnings:#?}");
    let (api, _) = paygen_codegen::lower_file_str(text).expect("lowers");
    let k = api.types.iter().find(|t| t.name == "K").expect("K");
    let paygen_codegen::ir::TypeKind::Struct(k) = &k.kind else {
        panic!("K is a struct");
    };
    let wire: Vec<&str> = k.fields.iter().map(|f| f.wire_name.as_str()).collect();
    assert_eq!(
        wire,
        [
            "$ref",
            "type",
            "properties",
            "items",
            "enum",
            "default",
            "example",
            "x-kind"
        ]
    );
    // A broken reference under a property named `$ref` is still found.
    let broken = text.replace("{$ref: {type: string}}", "{$ref: {$ref: '#/nowhere'}}");
    let found = problems(&broken);
    assert!(
        found[0]
            .starts_with("/components/schemas/K/properties/$ref/properties/$ref/$ref broken $ref"),
        "{found:?}"
    );
}

#[test]
fn an_integer_outside_64_bits_is_read_as_a_float_in_yaml_and_json() {
    let yaml = r##"openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Big:
      type: object
      properties:
        n: {type: integer, format: int64, minimum: -9223372036854776000, maximum: 99999999999999999999}
"##;
    assert_eq!(problems(yaml), Vec::<String>::new());
    let json = r##"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
      "components": {"schemas": {"Big": {"type": "object", "properties": {"n": {"type": "integer",
      "minimum": -9223372036854776000, "maximum": 99999999999999999999}}}}}}"##;
    assert_eq!(problems(json), Vec::<String>::new());
    for text in [yaml, json] {
        let (loaded, _) =
            paygen_codegen::load::load_str(text, Diagnostics::new(Path::new("s"))).unwrap();
        let n = &loaded.raw["components"]["schemas"]["Big"]["properties"]["n"];
        assert_eq!(n["minimum"].as_f64(), Some(-9223372036854775808.0));
        assert_eq!(n["maximum"].as_f64(), Some(1e20));
        assert!(warnings_of(text, "s").is_empty());
    }
}

#[test]
fn openapi_31_constructs_without_a_rust_type_are_warnings_with_pointers() {
    let text = r##"openapi: 3.1.0
jsonSchemaDialect: https://example.test/my-dialect
info: {title: t, version: '1'}
paths:
  /t:
    get:
      operationId: getT
      parameters:
        - {name: file, in: query, schema: {type: string, contentMediaType: image/png}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/T"}
components:
  schemas:
    T:
      type: object
      properties:
        pair: {type: array, prefixItems: [{type: string}, {type: integer}]}
        cond: {type: string, if: {minLength: 2}, then: {pattern: "^a"}}
        kind: {type: [string, "null"]}
"##;
    assert_eq!(problems(text), Vec::<String>::new());
    let warnings = warnings_of(text, "spec.yaml");
    let expected = [
        "/components/schemas/T/properties/cond/if `if` has no Rust type; the schema is read without it",
        "/components/schemas/T/properties/pair/prefixItems a tuple whose members differ (`prefixItems`) has no Rust list type; its elements are JSON values",
        "/jsonSchemaDialect schemas are read as OpenAPI 3.1's JSON Schema 2020-12, not as `https://example.test/my-dialect`",
        "/paths/~1t/get/parameters/0/schema a binary parameter has no text form; `file` is sent as a string",
    ];
    assert_eq!(warnings, expected, "{warnings:#?}");
}

#[test]
fn syntax_errors_and_odd_shapes_are_diagnostics() {
    assert!(problems("openapi: 3.0.3\npaths: [\n")[0].contains("not valid YAML or JSON (line"));
    assert!(problems("- a\n- b\n")[0].contains("mapping at the top level"));
    let found = problems("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {a: {}}\ncomponents: {schemas: {X: {type: [string, 'null']}}}\n");
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("/paths/a a path must start with `/`")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("/components/schemas/X/type a list of types is OpenAPI 3.1")),
        "{found:?}"
    );
    // The same list in a 3.1 document is a nullable string.
    let v31 = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents: {schemas: {X: {type: [string, 'null']}}}\n";
    assert_eq!(problems(v31), Vec::<String>::new());
    let found = problems("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents: {schemas: {X: {$ref: 'other.yaml#/X'}}}\n");
    assert!(found[0].contains("external $ref"), "{found:?}");
}

#[test]
fn lowering_reports_bad_pagination_instead_of_generating_wrong_code() {
    let text = r##"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /items:
    get:
      operationId: listItems
      x-pagination: {page: nope, items: /items}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {items: {type: array, items: {type: string}}}}
"##;
    let options = paygen_codegen::Options {
        crate_name: "t".into(),
        runtime: paygen_codegen::RuntimeDependency::Path("../runtime".into()),
        rustfmt: false,
    };
    let err = paygen_codegen::generate_str(text, Path::new("spec.yaml"), &options).unwrap_err();
    let text = err.to_string();
    assert!(text.contains("spec.yaml#/paths/~1items/get/x-pagination/page: x-pagination page `nope` is not a query parameter"), "{text}");
}

#[test]
fn form_encodings_that_cannot_be_followed_are_warnings_with_pointers() {
    let text = r#"openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /f:
    post:
      operationId: send
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                a: {type: array, items: {type: string}}
                b: {type: string}
            encoding:
              a: {style: matrix}
              b: {contentType: image/png}
      responses:
        '204': {description: ok}
"#;
    let options = paygen_codegen::Options {
        crate_name: "f-client".into(),
        runtime: paygen_codegen::RuntimeDependency::Path("../runtime".into()),
        rustfmt: false,
    };
    let generated =
        paygen_codegen::generate_str(text, Path::new("spec.yaml"), &options).expect("generates");
    let warnings: Vec<String> = generated
        .warnings
        .iter()
        .map(|d| format!("{} {}", d.pointer, d.message))
        .collect();
    let base = "/paths/~1f/post/requestBody/content/application~1x-www-form-urlencoded/encoding";
    assert!(
        warnings
            .iter()
            .any(|w| w.starts_with(&format!("{base}/a/style style `matrix`"))),
        "{warnings:#?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.starts_with(&format!("{base}/b/contentType content type `image/png`"))),
        "{warnings:#?}"
    );
}

#[test]
fn nested_problems_point_at_their_own_node_and_a_repeated_broken_ref_is_reported_each_time() {
    let text = r##"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      parameters:
        - {name: q, in: query, schema: {$ref: "#/components/schemas/Gone"}}
        - {name: r, in: query, schema: {$ref: "#/components/schemas/Gone"}}
      responses:
        "200": {description: ok}
components:
  schemas:
    Ok: {type: string}
    Deep:
      allOf:
        - {$ref: "#/components/schemas/Ok"}
        - {type: object, properties: {"a/b": {type: array, items: {type: strnig}}}}
"##;
    let found = problems(text);
    assert_eq!(
        found,
        [
            "/components/schemas/Deep/allOf/1/properties/a~1b/items/type unknown schema type `strnig`: expected one of string, number, integer, boolean, array, object",
            "/paths/~1a/get/parameters/0/schema/$ref broken $ref `#/components/schemas/Gone`: nothing exists at that location",
            "/paths/~1a/get/parameters/1/schema/$ref broken $ref `#/components/schemas/Gone`: nothing exists at that location",
        ],
        "{found:#?}"
    );
}

#[test]
fn parameter_styles_that_are_not_built_in_are_warnings_with_pointers() {
    let text = r##"openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /w/{id}:
    get:
      operationId: getW
      parameters:
        - {name: id, in: path, required: true, style: label, schema: {type: string}}
        - {name: X-Obj, in: header, explode: true, schema: {type: object, properties: {a: {type: string}}}}
        - {name: q, in: query, content: {application/json: {schema: {type: object}}}}
      responses:
        '204': {description: ok}
"##;
    let warnings = warnings_of(text, "spec.yaml");
    assert_eq!(
        warnings,
        [
            "/paths/~1w~1{id}/get/parameters/0/style style `label` is not built in; `id` is sent in the `simple` style",
            "/paths/~1w~1{id}/get/parameters/1/explode an exploded object in a header parameter is not built in; `X-Obj` is sent as `key,value,key,value`",
            "/paths/~1w~1{id}/get/parameters/2/content a parameter described by `content` (a media type) is not built in; `q` is a JSON value written in the parameter's style",
        ],
        "{warnings:#?}"
    );
}

/// The messages of `generate_str`'s errors, or of its warnings when it succeeds.
fn outcome(text: &str) -> Result<Vec<String>, Vec<String>> {
    let lines = |diagnostics: &[paygen_codegen::Diagnostic]| -> Vec<String> {
        diagnostics
            .iter()
            .map(|d| format!("{} {}", d.pointer, d.message))
            .collect()
    };
    match paygen_codegen::generate_str(text, Path::new("spec"), &options()) {
        Ok(generated) => Ok(lines(&generated.warnings)),
        Err(d) => Err(lines(&d.sorted())),
    }
}

const DIFFERENT: &str = "with different values; YAML forbids repeated keys and JSON readers \
                         differ on which value they keep, so the spec is ambiguous: keep one";
const SAME: &str = "each time with the same value, so nothing is lost; keep one";

#[test]
fn keys_repeated_with_different_values_are_errors_with_pointer_and_lines_in_yaml_and_json() {
    let yaml = include_str!("../../tests/fixtures/invalid/duplicate-keys.yaml");
    let json = r#"{
  "openapi": "3.0.3",
  "info": {"title": "Duplicates", "version": "1"},
  "paths": {"/a": {"get": {
    "operationId": "a",
    "responses": {"200": {"description": "ok"}},
    "responses": {"201": {"description": "ok"}}
  }}},
  "components": {"schemas": {
    "X": {"type": "object"},
    "X": {"type": "string"}
  }}
}"#;
    for (text, responses, x) in [(yaml, "7, 8", "11, 12"), (json, "6, 7", "10, 11")] {
        assert_eq!(
            problems(text),
            [
                format!("/components/schemas/X duplicate key `X`: its mapping holds it 2 times (lines {x}) {DIFFERENT}"),
                format!("/paths/~1a/get/responses duplicate key `responses`: its mapping holds it 2 times (lines {responses}) {DIFFERENT}"),
            ],
        );
    }
    // Reported with the document's other problems, not instead of them.
    let broken = yaml.replace(
        "X: {type: string}",
        "X: {$ref: '#/components/schemas/Gone'}",
    );
    let found = problems(&broken);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found[1].starts_with("/components/schemas/X/$ref broken $ref"));
}

#[test]
fn a_key_repeated_with_the_same_value_is_a_warning_and_nothing_is_lost() {
    let once = r#"openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /p:
    get:
      operationId: getP
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/P'}
components:
  schemas:
    P:
      type: object
      properties:
        id: {type: string}
"#;
    let twice = once.replace(
        "        id: {type: string}\n",
        "        id: {type: string}\n        id:\n          type: string\n",
    );
    assert_eq!(outcome(once), Ok(vec![]));
    assert_eq!(
        outcome(&twice),
        Ok(vec![format!(
            "/components/schemas/P/properties/id duplicate key `id`: its mapping holds it 2 times (lines 18, 19), {SAME}"
        )])
    );
    let generate = |text: &str| {
        paygen_codegen::generate_str(text, Path::new("spec"), &options())
            .unwrap()
            .files
    };
    assert_eq!(generate(&twice), generate(once));
}

/// Where the repeated key stands decides the pointer: a property named like a keyword, a
/// keyword itself (`$ref`, `required`), and a component that operations reach by `$ref` (pointed
/// at where it is written, not where it is used).
#[test]
fn repeated_keys_point_at_their_own_mapping_wherever_it_is() {
    let text = r##"openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /k:
    get:
      operationId: getK
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/K", $ref: "#/components/schemas/Pet"}
components:
  schemas:
    K:
      type: object
      properties:
        type: {type: string}
        type: {type: integer}
        $ref: {type: string}
    Pet:
      type: object
      required: [name]
      required: [id]
      properties:
        name: {type: string}
        id: {type: string}
"##;
    assert_eq!(
        problems(text),
        [
            format!("/components/schemas/K/properties/type duplicate key `type`: its mapping holds it 2 times (lines 18, 19) {DIFFERENT}"),
            format!("/components/schemas/Pet/required duplicate key `required`: its mapping holds it 2 times (lines 23, 24) {DIFFERENT}"),
            format!("/paths/~1k/get/responses/200/content/application~1json/schema/$ref duplicate key `$ref`: its mapping holds it 2 times (lines 12, 12) {DIFFERENT}"),
        ]
    );
}

/// Every repeated key is reported; past the listed ones, the rest are counted in one line.
#[test]
fn many_repeated_keys_are_all_accounted_for() {
    let mut text = String::from("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n");
    for i in 0..250 {
        text.push_str(&format!("x-{i}: 1\nx-{i}: 2\n"));
    }
    let found = problems(&text);
    assert_eq!(found.len(), 201, "{found:#?}");
    assert_eq!(
        found[0],
        " 50 more duplicate keys with different values (only the first 200 duplicate keys are listed)"
    );
    assert!(
        found[1].starts_with("/x-0 duplicate key `x-0`: its mapping holds it 2 times (lines 4, 5)")
    );
}
