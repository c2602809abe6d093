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
fn openapi_31_and_swagger_get_one_clear_diagnostic() {
    let found = problems("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n");
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("/openapi OpenAPI 3.1.0 is not supported"),
        "{found:?}"
    );
    let found = problems("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n");
    assert!(
        found[0].contains("Swagger 2.0 is not supported"),
        "{found:?}"
    );
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
