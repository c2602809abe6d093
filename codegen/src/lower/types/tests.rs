//! Small specs in, IR out: union shapes, discriminator mappings, cycles and boxing, naming
//! collisions. Each spec is only the `components` (and the paths) a case needs.

use crate::diagnostics::Diagnostics;
use crate::ir::{Api, Presence, TagField, TypeDef, TypeKind, TypeRef, Union};

/// Lowers a spec made of `body` (YAML at the document's top level, after `info`), returning
/// the IR and the warnings as `pointer: message`.
fn lower(body: &str) -> (Api, Vec<String>) {
    let text = format!("openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\n{body}");
    let (loaded, mut diagnostics) =
        crate::load::load_str(&text, Diagnostics::new(std::path::Path::new("t.yaml")))
            .unwrap_or_else(|d| panic!("{d}"));
    let api = super::super::lower(&loaded, "t", &mut diagnostics);
    assert!(!diagnostics.has_errors(), "{diagnostics}");
    let warnings = diagnostics
        .warnings()
        .iter()
        .map(|w| format!("{}: {}", w.pointer, w.message))
        .collect();
    (api, warnings)
}

fn def<'a>(api: &'a Api, name: &str) -> &'a TypeDef {
    let names: Vec<&str> = api.types.iter().map(|t| t.name.as_str()).collect();
    api.types
        .iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("no type {name} among {names:?}"))
}

fn union<'a>(api: &'a Api, name: &str) -> &'a Union {
    match &def(api, name).kind {
        TypeKind::Union(u) => u,
        other => panic!("{name} is not a union: {other:?}"),
    }
}

fn named(name: &str) -> TypeRef {
    TypeRef::Named(name.into())
}

const PETS: &str = "
paths: {}
components:
  schemas:
    Cat:
      type: object
      required: [kind, lives]
      properties: {kind: {type: string}, lives: {type: integer}}
    Dog:
      type: object
      required: [kind]
      properties: {kind: {type: string}, bark: {type: string}}
";

#[test]
fn a_discriminator_over_object_variants_makes_a_tagged_union_with_the_mapping_tags() {
    let spec = format!(
        "{PETS}    Pet:
      oneOf: [{{$ref: '#/components/schemas/Cat'}}, {{$ref: '#/components/schemas/Dog'}}]
      discriminator:
        propertyName: kind
        mapping: {{cat: '#/components/schemas/Cat', kitten: Cat}}
"
    );
    let (api, warnings) = lower(&spec);
    let pet = union(&api, "Pet");
    assert!(pet.tagged, "{pet:?}");
    assert_eq!(pet.discriminator.as_deref(), Some("kind"));
    let shapes: Vec<(&str, &TypeRef, Vec<&str>, TagField)> = pet
        .variants
        .iter()
        .map(|v| {
            let tags = v.tags.iter().map(String::as_str).collect();
            (v.name.as_str(), &v.ty, tags, v.tag_field)
        })
        .collect();
    assert_eq!(
        shapes,
        [
            // Mapped by reference and by bare name; spec order kept for a tagged union.
            (
                "Cat",
                &named("Cat"),
                vec!["cat", "kitten"],
                TagField::Required
            ),
            // Not mapped: the schema name is the tag.
            ("Dog", &named("Dog"), vec!["Dog"], TagField::Required),
        ]
    );
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn a_discriminator_with_a_primitive_variant_is_ignored_with_a_warning() {
    let spec = format!(
        "{PETS}    Pet:
      oneOf: [{{$ref: '#/components/schemas/Cat'}}, {{type: string}}]
      discriminator: {{propertyName: kind}}
"
    );
    let (api, warnings) = lower(&spec);
    let pet = union(&api, "Pet");
    assert!(!pet.tagged);
    assert_eq!(
        warnings,
        ["/components/schemas/Pet/discriminator: discriminator ignored: every variant must be a \
          named object schema with its own tag value; variants are told apart by shape"]
    );
}

#[test]
fn an_untagged_union_tries_the_richest_shape_first() {
    let spec = format!(
        "{PETS}    Anything:
      anyOf:
        - {{type: string}}
        - {{$ref: '#/components/schemas/Dog'}}
        - {{type: object}}
        - {{$ref: '#/components/schemas/Cat'}}
        - {{type: array, items: {{type: string}}}}
"
    );
    let (api, _) = lower(&spec);
    let anything = union(&api, "Anything");
    assert!(!anything.tagged);
    let order: Vec<&TypeRef> = anything.variants.iter().map(|v| &v.ty).collect();
    let list = TypeRef::List(Box::new(TypeRef::String));
    // Two required fields before one; then lists, strings, and any JSON last.
    assert_eq!(
        order,
        [
            &named("Cat"),
            &named("Dog"),
            &list,
            &TypeRef::String,
            &TypeRef::Json
        ]
    );
}

#[test]
fn an_allof_base_with_a_discriminator_becomes_a_union_of_its_subtypes() {
    let spec = "
paths: {}
components:
  schemas:
    Payment:
      type: object
      required: [method]
      properties: {method: {type: string}}
      discriminator:
        propertyName: method
        mapping: {card: '#/components/schemas/CardPayment'}
    CardPayment:
      allOf:
        - $ref: '#/components/schemas/Payment'
        - type: object
          properties: {last4: {type: string}}
    BankPayment:
      allOf:
        - $ref: '#/components/schemas/Payment'
        - type: object
          properties: {iban: {type: string}}
";
    let (api, _) = lower(spec);
    let payment = union(&api, "Payment");
    assert!(payment.tagged, "{payment:?}");
    let variants: Vec<(&TypeRef, &[String])> = payment
        .variants
        .iter()
        .map(|v| (&v.ty, v.tags.as_slice()))
        .collect();
    assert_eq!(
        variants,
        [
            (&named("CardPayment"), &["card".to_string()][..]),
            (&named("BankPayment"), &["BankPayment".to_string()][..]),
        ]
    );
    // The subtypes stay structs, with the base's properties.
    match &def(&api, "BankPayment").kind {
        TypeKind::Struct(s) => {
            let fields: Vec<&str> = s.fields.iter().map(|f| f.wire_name.as_str()).collect();
            assert_eq!(fields, ["method", "iban"]);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_direct_cycle_is_boxed_and_a_cycle_through_a_list_is_not() {
    let spec = "
paths: {}
components:
  schemas:
    Node:
      type: object
      properties:
        next: {$ref: '#/components/schemas/Node'}
        children: {type: array, items: {$ref: '#/components/schemas/Node'}}
        label: {type: string}
    A:
      type: object
      properties: {b: {$ref: '#/components/schemas/B'}}
    B:
      type: object
      properties: {a: {$ref: '#/components/schemas/A'}, leaf: {$ref: '#/components/schemas/Leaf'}}
    Leaf:
      type: object
      properties: {x: {type: string}}
";
    let (api, _) = lower(spec);
    let boxed = |name: &str| -> Vec<(String, bool)> {
        match &def(&api, name).kind {
            TypeKind::Struct(s) => s.fields.iter().map(|f| (f.name.clone(), f.boxed)).collect(),
            other => panic!("{other:?}"),
        }
    };
    let pairs = |items: &[(&str, bool)]| -> Vec<(String, bool)> {
        items.iter().map(|(n, b)| (n.to_string(), *b)).collect()
    };
    assert_eq!(
        boxed("Node"),
        pairs(&[("next", true), ("children", false), ("label", false)])
    );
    // Both sides of a two-type cycle are boxed; the way out of it is not.
    assert_eq!(boxed("A"), pairs(&[("b", true)]));
    assert_eq!(boxed("B"), pairs(&[("a", true), ("leaf", false)]));
}

#[test]
fn a_union_variant_in_a_cycle_is_boxed() {
    let spec = "
paths: {}
components:
  schemas:
    Expr:
      oneOf: [{$ref: '#/components/schemas/Sum'}, {type: integer}]
    Sum:
      type: object
      required: [left]
      properties: {left: {$ref: '#/components/schemas/Expr'}}
";
    let (api, _) = lower(spec);
    let expr = union(&api, "Expr");
    let boxed: Vec<(&str, bool)> = expr
        .variants
        .iter()
        .map(|v| (v.name.as_str(), v.boxed))
        .collect();
    // An inline member is named by its place.
    assert_eq!(boxed, [("Sum", true), ("Variant2", false)]);
}

#[test]
fn colliding_names_are_made_unique_once_in_lowering() {
    // `order-item` and `OrderItem` make the same Rust name (the first in the document keeps
    // it; two component keys that differ only in spelling say nothing else to tell them apart,
    // so the second gets a counter); `Error` would shadow the crate's `Error`; `Mod` is a keyword as a module name; the
    // inline object of `Order.item` would be named `OrderItem` too.
    let spec = "
paths: {}
components:
  schemas:
    order-item:
      type: object
      properties: {a: {type: string}}
    OrderItem:
      type: object
      properties: {b: {type: string}}
    Order:
      type: object
      properties:
        item: {type: object, properties: {c: {type: string}}}
        Item: {type: string}
        item_: {type: string}
    Error:
      type: object
      properties: {message: {type: string}}
    Mod:
      type: object
      properties: {x: {type: string}}
";
    let (api, _) = lower(spec);
    let names: Vec<(&str, &str, &str)> = api
        .types
        .iter()
        .map(|t| (t.name.as_str(), t.module.as_str(), t.origin.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("ErrorModel", "error_model", "/components/schemas/Error"),
            ("Mod", "mod_", "/components/schemas/Mod"),
            ("Order", "order", "/components/schemas/Order"),
            ("OrderItem", "order_item", "/components/schemas/order-item"),
            ("OrderItem2", "order_item2", "/components/schemas/OrderItem"),
            // Named from where it stands: the value of `Order.item`, not a third `OrderItem`.
            (
                "OrderItemValue",
                "order_item_value",
                "/components/schemas/Order/properties/item"
            ),
        ]
    );
    // Field names collide after snake-casing too.
    match &def(&api, "Order").kind {
        TypeKind::Struct(s) => {
            let fields: Vec<(&str, &str)> = s
                .fields
                .iter()
                .map(|f| (f.name.as_str(), f.wire_name.as_str()))
                .collect();
            assert_eq!(
                fields,
                [("item", "item"), ("item2", "Item"), ("item3", "item_")]
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn serde_directions_follow_requests_and_responses() {
    let spec = "
paths:
  /orders:
    post:
      requestBody:
        content: {application/json: {schema: {$ref: '#/components/schemas/NewOrder'}}}
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}
components:
  schemas:
    NewOrder:
      type: object
      required: [line]
      properties: {line: {$ref: '#/components/schemas/Line'}}
    Order:
      type: object
      properties: {line: {$ref: '#/components/schemas/Line'}, id: {type: string}}
    Line:
      type: object
      properties: {sku: {type: string}}
    Webhook:
      type: object
      x-keep: true
      properties: {event: {type: string}}
";
    let (api, _) = lower(spec);
    let directions = |name: &str| {
        let t = def(&api, name).traffic;
        (t.sent, t.serialize, t.deserialize)
    };
    assert_eq!(directions("NewOrder"), (true, true, false));
    assert_eq!(directions("Order"), (false, false, true));
    // Used both ways.
    assert_eq!(directions("Line"), (true, true, true));
    // Used by no operation (kept by `x-keep`): both directions, never a constructor.
    assert_eq!(directions("Webhook"), (false, true, true));
    match &def(&api, "NewOrder").kind {
        TypeKind::Struct(s) => assert_eq!(s.fields[0].presence, Presence::Required),
        other => panic!("{other:?}"),
    }
}

#[test]
fn single_valued_required_properties_are_constants_and_envelopes_convert() {
    // A JSON:API request: `{data: {type: "things", attributes: {name}}}`.
    let spec = "
paths: {}
components:
  schemas:
    ThingRequest:
      type: object
      required: [data]
      properties:
        data: {$ref: '#/components/schemas/ThingData'}
        meta: {type: object, properties: {note: {type: string}}}
    ThingData:
      type: object
      required: [type, attributes]
      properties:
        type: {type: string, enum: [things]}
        attributes: {$ref: '#/components/schemas/ThingAttributes'}
    ThingAttributes:
      type: object
      required: [name, kind]
      properties:
        name: {type: string}
        kind: {type: string, enum: [a, b]}
        label: {type: string, enum: [only]}
";
    let (api, _) = lower(spec);
    let strukt = |name: &str| match &def(&api, name).kind {
        TypeKind::Struct(s) => s.clone(),
        other => panic!("{name} is {other:?}"),
    };
    let data = strukt("ThingData");
    let constants: Vec<(&str, Option<&str>)> = data
        .fields
        .iter()
        .map(|f| (f.name.as_str(), f.constant.as_deref()))
        .collect();
    assert_eq!(constants, [("type_", Some("Things")), ("attributes", None)]);
    // A two-value enum is a choice, and an optional one-value enum is not sent by default.
    let attributes = strukt("ThingAttributes");
    assert!(attributes.fields.iter().all(|f| f.constant.is_none()));
    assert!(
        attributes.wraps.is_empty(),
        "two required values: no wrapper"
    );
    assert_eq!(data.wraps, ["ThingAttributes"]);
    // The envelope converts from its data and, through it, from the attributes.
    assert_eq!(
        strukt("ThingRequest").wraps,
        ["ThingData", "ThingAttributes"]
    );
}

#[test]
fn a_const_string_is_a_constant_too() {
    // OpenAPI 3.1 writes a one-value enum as `const`.
    let spec = "
paths: {}
components:
  schemas:
    Ping:
      type: object
      required: [kind, at]
      properties:
        kind: {type: string, const: ping}
        at: {type: string}
";
    let (api, _) = lower(spec);
    let TypeKind::Struct(s) = &def(&api, "Ping").kind else {
        panic!("Ping is a struct");
    };
    let constants: Vec<Option<&str>> = s.fields.iter().map(|f| f.constant.as_deref()).collect();
    assert_eq!(constants, [Some("Ping"), None]);
    match &def(&api, "PingKind").kind {
        TypeKind::Enum(e) => assert_eq!(e.variants[0].value, "ping"),
        other => panic!("PingKind is {other:?}"),
    }
}
