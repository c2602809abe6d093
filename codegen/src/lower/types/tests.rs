//! Small specs in, IR out: union shapes, discriminator mappings, cycles and boxing, naming
//! collisions. Each spec is only the `components` (and the paths) a case needs.

use crate::ir::{Api, Constant, Presence, TagField, TypeDef, TypeKind, TypeRef, Union};

/// Lowers a spec made of `body` (YAML at the document's top level, after `info`), returning
/// the IR and the warnings as `pointer: message`.
fn lower(body: &str) -> (Api, Vec<String>) {
    lower_version("3.0.3", body)
}

fn lower_version(version: &str, body: &str) -> (Api, Vec<String>) {
    let text = format!("openapi: {version}\ninfo: {{title: t, version: '1'}}\n{body}");
    super::super::lower_text(&text)
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
    // An inline member is named by what it is, not by a counter.
    assert_eq!(boxed, [("Sum", true), ("Integer", false)]);
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
        .map(|f| (f.name.as_str(), f.constant.as_ref().map(Constant::as_str)))
        .collect();
    assert_eq!(constants, [("type_", Some("things")), ("attributes", None)]);
    // A two-value enum is a choice, and an optional one-value enum is not sent by default.
    let attributes = strukt("ThingAttributes");
    assert!(attributes.fields.iter().all(|f| f.constant.is_none()));
    assert_eq!(attributes.fields[2].ty, TypeRef::String);
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
    let constants: Vec<Option<&str>> = s
        .fields
        .iter()
        .map(|f| f.constant.as_ref().map(Constant::as_str))
        .collect();
    assert_eq!(constants, [Some("ping"), None]);
    assert_eq!(s.fields[0].ty, TypeRef::String);
    assert_eq!(names(&api), ["Ping"]);
}

fn names(api: &Api) -> Vec<&str> {
    api.types.iter().map(|t| t.name.as_str()).collect()
}

fn body_type(api: &Api, fn_name: &str) -> TypeRef {
    let op = api
        .operations
        .iter()
        .find(|op| op.fn_name == fn_name)
        .unwrap_or_else(|| panic!("no operation {fn_name}"));
    op.body.as_ref().expect("a body").ty.clone()
}

/// Two operations whose bodies are the same inline object, the second described differently.
const TWO_COPIES: &str = "
paths:
  /a:
    post:
      operationId: createA
      requestBody:
        content:
          application/json:
            schema:
              description: What A needs.
              type: object
              required: [amount]
              properties:
                amount: {type: integer, description: Minor units.}
                note: {type: string}
      responses: {'204': {description: done}}
  /b:
    post:
      operationId: createB
      requestBody:
        content:
          application/json:
            schema:
              description: What B needs.
              type: object
              example: {amount: 1}
              required: [amount]
              properties:
                amount: {type: integer, description: Minor units.}
                note: {type: string}
      responses: {'204': {description: done}}
";

#[test]
fn identical_inline_objects_become_one_type_named_from_the_first() {
    let (api, warnings) = lower(TWO_COPIES);
    assert_eq!(names(&api), ["CreateARequest"]);
    assert_eq!(body_type(&api, "create_a"), named("CreateARequest"));
    assert_eq!(body_type(&api, "create_b"), named("CreateARequest"));
    // The copies describe themselves differently: the merged type says only what is true of both.
    let docs = &def(&api, "CreateARequest").docs;
    let text = docs.description.as_deref().unwrap_or_default();
    assert!(!text.contains("What A needs"), "{text}");
    assert!(!text.contains("What B needs"), "{text}");
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn copies_that_differ_in_shape_or_field_docs_stay_apart() {
    // A field's type, its presence, and what a field says are all part of the shape.
    let other_type = TWO_COPIES.replacen(
        "note: {type: string}",
        "note: {type: string, format: uuid}",
        2,
    );
    let other_type = other_type.replacen(
        "note: {type: string, format: uuid}",
        "note: {type: string}",
        1,
    );
    let (api, _) = lower(&other_type);
    assert_eq!(names(&api), ["CreateARequest", "CreateBRequest"]);

    let other_required = TWO_COPIES.replacen("required: [amount]", "required: [amount, note]", 1);
    let (api, _) = lower(&other_required);
    assert_eq!(names(&api), ["CreateARequest", "CreateBRequest"]);

    let other_doc = TWO_COPIES.replacen("description: Minor units.", "description: Cents.", 1);
    let (api, _) = lower(&other_doc);
    assert_eq!(names(&api), ["CreateARequest", "CreateBRequest"]);
}

#[test]
fn nested_copies_collapse_from_the_inside_out() {
    let spec = "
paths: {}
components:
  schemas:
    Buyer:
      type: object
      properties:
        address:
          type: object
          properties:
            street: {type: string}
            geo:
              type: object
              properties: {lat: {type: number}, lon: {type: number}}
    Seller:
      type: object
      properties:
        address:
          type: object
          properties:
            street: {type: string}
            geo:
              type: object
              properties: {lat: {type: number}, lon: {type: number}}
        location:
          type: object
          properties: {lat: {type: number}, lon: {type: number}}
";
    let (api, _) = lower(spec);
    // The nested `geo` merges first, which makes the two addresses identical, which merge too;
    // `Seller.location` is the same shape as `geo` and reuses it.
    assert_eq!(
        names(&api),
        ["Buyer", "BuyerAddress", "BuyerAddressGeo", "Seller"]
    );
    let TypeKind::Struct(seller) = &def(&api, "Seller").kind else {
        panic!("Seller is a struct");
    };
    let types: Vec<&TypeRef> = seller.fields.iter().map(|f| &f.ty).collect();
    assert_eq!(types, [&named("BuyerAddress"), &named("BuyerAddressGeo")]);
}

#[test]
fn named_schemas_keep_their_names_and_inline_copies_reuse_them() {
    let spec = "
paths:
  /money:
    post:
      operationId: send
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties: {value: {type: integer}, currency: {type: string}}
      responses: {'204': {description: done}}
components:
  schemas:
    Amount:
      type: object
      properties: {value: {type: integer}, currency: {type: string}}
    Price:
      type: object
      x-keep: true
      properties: {value: {type: integer}, currency: {type: string}}
";
    let (api, _) = lower(spec);
    // Two components of one shape are two types: users name them (`Price` is used by no
    // operation: `x-keep` keeps it).
    assert_eq!(names(&api), ["Amount", "Price"]);
    // The inline copy is the first component of its shape (components are lowered first).
    assert_eq!(body_type(&api, "send"), named("Amount"));

    // An inline copy inside a component lowered before `Amount` (`Account` < `Amount`) keeps its
    // own type; the copies after `Amount` use `Amount`.
    let with_account = format!(
        "{spec}    Account:
      type: object
      x-keep: true
      properties:
        balance:
          type: object
          properties: {{value: {{type: integer}}, currency: {{type: string}}}}
"
    );
    let (api, _) = lower(&with_account);
    assert_eq!(
        names(&api),
        ["Account", "AccountBalance", "Amount", "Price"]
    );
    assert_eq!(body_type(&api, "send"), named("Amount"));
}

#[test]
fn merged_names_do_not_move_when_unrelated_schemas_change() {
    let (before, _) = lower(TWO_COPIES);
    // An unrelated operation before the copies, and an unrelated component.
    let changed = TWO_COPIES.replacen(
        "paths:\n",
        "paths:
  /0:
    post:
      operationId: first
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {other: {type: boolean}}}
      responses: {'204': {description: done}}
",
        1,
    ) + "components:
  schemas:
    Unrelated:
      type: object
      x-keep: true
      properties: {x: {type: string}}
";
    let (after, _) = lower(&changed);
    assert_eq!(names(&before), ["CreateARequest"]);
    assert_eq!(
        names(&after),
        ["CreateARequest", "FirstRequest", "Unrelated"]
    );
    assert_eq!(body_type(&after, "create_b"), named("CreateARequest"));
}

#[test]
fn inline_one_value_enums_are_folded_into_their_field() {
    let spec = "
paths: {}
components:
  schemas:
    Card:
      type: object
      required: [type, via_one_of, nullable_kind]
      properties:
        type: {type: string, enum: [payment_method], description: The kind of resource.}
        optional_kind: {type: string, enum: [card]}
        via_one_of:
          oneOf:
            - {type: string, enum: [card_v2]}
        nullable_kind: {type: string, nullable: true, enum: [card, null]}
        quoted: {type: string, enum: [x], description: Must be `x`.}
        named: {$ref: '#/components/schemas/Version'}
        level: {type: integer, enum: [2]}
    Version:
      type: string
      enum: [v1]
";
    let (api, _) = lower(spec);
    // No type for any inline one-value string enum; the named one and the integer one stay.
    assert_eq!(names(&api), ["Card", "CardLevel", "Version"]);
    let TypeKind::Struct(s) = &def(&api, "Card").kind else {
        panic!("Card is a struct");
    };
    let fields: Vec<(&str, &TypeRef, Presence, Option<&str>)> = s
        .fields
        .iter()
        .map(|f| {
            (
                f.name.as_str(),
                &f.ty,
                f.presence,
                f.constant.as_ref().map(Constant::as_str),
            )
        })
        .collect();
    let string = TypeRef::String;
    assert_eq!(
        fields,
        [
            // Required: the constructor sets the wire value.
            ("type_", &string, Presence::Required, Some("payment_method")),
            // Optional: set or not by the caller, like any optional string.
            ("optional_kind", &string, Presence::Optional, None),
            ("via_one_of", &string, Presence::Required, Some("card_v2")),
            // Required but nullable: the caller may send `null`, so not a constant.
            ("nullable_kind", &string, Presence::Optional, None),
            ("quoted", &string, Presence::Optional, None),
            // A component keeps its type (a required one is a constant by its variant).
            ("named", &named("Version"), Presence::Optional, None),
            ("level", &named("CardLevel"), Presence::Optional, None),
        ]
    );
    // The docs say the value, after the spec's words, unless those quote it already.
    let description = |i: usize| s.fields[i].docs.description.as_deref().unwrap_or_default();
    assert_eq!(
        description(0),
        "The kind of resource. Always `payment_method`."
    );
    assert_eq!(description(1), "Always `card`.");
    assert_eq!(description(2), "Always `card_v2`.");
    assert_eq!(description(4), "Must be `x`.");
}

#[test]
fn an_openapi_31_const_is_folded_too() {
    let spec = "
paths: {}
components:
  schemas:
    Event:
      type: object
      required: [type]
      properties:
        type: {const: card.updated, description: What happened.}
        country: {type: [string, 'null'], const: NL}
";
    let (api, _) = lower_version("3.1.0", spec);
    assert_eq!(names(&api), ["Event"]);
    let TypeKind::Struct(s) = &def(&api, "Event").kind else {
        panic!("Event is a struct");
    };
    let fields: Vec<(&TypeRef, Presence, Option<&str>)> = s
        .fields
        .iter()
        .map(|f| (&f.ty, f.presence, f.constant.as_ref().map(Constant::as_str)))
        .collect();
    assert_eq!(
        fields,
        [
            (&TypeRef::String, Presence::Required, Some("card.updated")),
            (&TypeRef::String, Presence::OptionalNullable, None),
        ]
    );
    assert_eq!(
        s.fields[0].docs.description.as_deref(),
        Some("What happened. Always `card.updated`.")
    );
}

#[test]
fn a_required_field_of_a_one_value_component_is_a_constant_by_its_variant() {
    let spec = "
paths: {}
components:
  schemas:
    Card:
      type: object
      required: [version]
      properties:
        version: {$ref: '#/components/schemas/Version'}
    Version:
      type: string
      enum: [v1]
";
    let (api, _) = lower(spec);
    let TypeKind::Struct(s) = &def(&api, "Card").kind else {
        panic!("Card is a struct");
    };
    assert_eq!(s.fields[0].ty, named("Version"));
    assert_eq!(
        s.fields[0].constant.as_ref().map(Constant::as_str),
        Some("V1")
    );
}

#[test]
fn one_value_enums_outside_properties_keep_a_type_per_value() {
    // Parameters, list items, map values and union members keep a type: it names the value
    // (a parameter's argument, a variant tried before plain strings). Copies whose own docs
    // differ are one type, as any inline copies (a type's prose is not part of its shape).
    let spec = "
paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - {name: mode, in: query, required: true, schema: {type: string, enum: [all]}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Holder'}
components:
  schemas:
    Holder:
      type: object
      properties:
        list: {type: array, items: {type: string, enum: [all], description: Every one.}}
        map: {type: object, additionalProperties: {type: string, enum: [all]}}
        either:
          oneOf:
            - {type: string, enum: [none]}
            - {type: integer}
";
    let (api, _) = lower(spec);
    let TypeKind::Struct(s) = &def(&api, "Holder").kind else {
        panic!("Holder is a struct");
    };
    let one_value = |ty: &TypeRef| match ty {
        TypeRef::Named(n) => match &def(&api, n).kind {
            TypeKind::Enum(e) if e.variants.len() == 1 => e.variants[0].value.clone(),
            other => panic!("{n} is {other:?}"),
        },
        other => panic!("{other:?} is not a named type"),
    };
    let (TypeRef::List(item), TypeRef::Map(value)) = (&s.fields[0].ty, &s.fields[1].ty) else {
        panic!("{:?}", s.fields);
    };
    assert_eq!(one_value(item), "all");
    // One type for the value `all`, whatever each copy's docs say.
    assert_eq!(item, value);
    let variants: Vec<String> = union(
        &api,
        match &s.fields[2].ty {
            TypeRef::Named(n) => n,
            other => panic!("{other:?}"),
        },
    )
    .variants
    .iter()
    .filter(|v| matches!(v.ty, TypeRef::Named(_)))
    .map(|v| one_value(&v.ty))
    .collect();
    assert_eq!(variants, ["none"]);
    let op = &api.operations[0];
    let mode = op
        .params
        .iter()
        .find(|p| p.wire_name == "mode")
        .expect("mode");
    assert_eq!(&mode.ty, &**item);
}

#[test]
fn a_discriminator_tag_folded_into_each_variant_still_tags_the_union() {
    let spec = "
paths: {}
components:
  schemas:
    Method:
      oneOf:
        - {$ref: '#/components/schemas/Card'}
        - {$ref: '#/components/schemas/Bank'}
      discriminator:
        propertyName: type
        mapping: {card: '#/components/schemas/Card', bank: '#/components/schemas/Bank'}
    Card:
      type: object
      required: [type]
      properties:
        type: {type: string, enum: [card]}
    Bank:
      type: object
      properties:
        type: {type: string, enum: [bank]}
";
    let (api, warnings) = lower(spec);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(names(&api), ["Bank", "Card", "Method"]);
    let method = union(&api, "Method");
    assert!(method.tagged);
    let tag_fields: Vec<(&str, TagField)> = method
        .variants
        .iter()
        .map(|v| (v.name.as_str(), v.tag_field))
        .collect();
    assert_eq!(
        tag_fields,
        [("Card", TagField::Required), ("Bank", TagField::Optional)]
    );
    let TypeKind::Struct(card) = &def(&api, "Card").kind else {
        panic!("Card is a struct");
    };
    assert_eq!(card.fields[0].ty, TypeRef::String);
    assert_eq!(
        card.fields[0].constant.as_ref().map(Constant::as_str),
        Some("card")
    );
}

#[test]
fn clashing_names_are_derived_from_where_a_schema_sits_not_counted() {
    let spec = "
paths:
  /ids:
    get:
      operationId: getId
      responses:
        '200':
          description: one
          content:
            application/json:
              schema:
                type: object
                properties: {one: {type: string}}
        '201':
          description: other
          content:
            application/json:
              schema: {type: string}
components:
  schemas:
    GetIdResponse:
      type: object
      properties: {x: {type: string}}
    Id:
      x-keep: true
      oneOf:
        - {type: integer, format: int64}
        - {type: string}
        - {type: string, format: uuid}
        - type: object
          required: [card]
          properties: {card: {type: string}}
        - type: object
          required: [card, token]
          properties: {card: {type: string}, token: {type: string}}
        - {type: array, items: {$ref: '#/components/schemas/GetIdResponse'}}
";
    let (api, warnings) = lower(spec);
    let mut variants: Vec<&str> = union(&api, "Id")
        .variants
        .iter()
        .map(|v| v.name.as_str())
        .collect();
    variants.sort_unstable();
    assert_eq!(
        variants,
        [
            "Card",
            "CardAndToken",
            "GetIdResponseList",
            "Integer",
            "String",
            "Uuid"
        ]
    );
    // The component has `GetIdResponse`; the inline body takes `…Value` and the operation's
    // success enum `…Enum`, not `GetIdResponse2`.
    let op = &api.operations[0];
    assert_eq!(
        op.success,
        crate::ir::SuccessShape::Enum {
            name: "GetIdResponseEnum".into(),
            module: op_module(&api),
        }
    );
    assert!(names(&api).contains(&"GetIdResponseValue"));
    assert!(
        names(&api).iter().all(|n| !n.ends_with('2')),
        "{:?}",
        names(&api)
    );
    assert!(warnings.is_empty(), "{warnings:?}");
}

fn op_module(api: &Api) -> String {
    match &api.operations[0].success {
        crate::ir::SuccessShape::Enum { module, .. } => module.clone(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_counter_is_the_last_resort_and_is_reported() {
    // Two keys that differ only in spelling leave nothing else to name the second by.
    let spec = "
paths: {}
components:
  schemas:
    order-item: {type: object, properties: {a: {type: string}}}
    OrderItem: {type: object, properties: {b: {type: string}}}
    Pair:
      oneOf: [{type: string, title: x}, {type: integer, title: x}]
";
    let (api, warnings) = lower(spec);
    assert_eq!(names(&api), ["OrderItem", "OrderItem2", "Pair"]);
    assert_eq!(
        warnings,
        [
            "/components/schemas/OrderItem: type numbered `OrderItem2`: the names derived from where it stands (OrderItem) are taken",
            "/components/schemas/Pair/oneOf/1: union variant numbered `X2`: the names derived from this member (X) are taken; give it a distinct `title`",
        ]
    );
}

#[test]
fn no_name_takes_a_counter_on_the_vendor_specs_or_the_corpus() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut specs: Vec<std::path::PathBuf> = ["specs", "tests/corpus"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(root.join(dir)).expect("spec folder"))
        .map(|entry| entry.expect("spec file").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "json"))
        .collect();
    specs.sort();
    assert!(specs.len() >= 20, "{specs:?}");
    for spec in specs {
        let (_, diagnostics) = crate::lower_file(&spec, "spec-client")
            .unwrap_or_else(|d| panic!("{}: {d}", spec.display()));
        let numbered: Vec<String> = diagnostics
            .warnings()
            .iter()
            .filter(|w| w.message.contains("numbered"))
            .map(|w| format!("{}: {}", w.pointer, w.message))
            .collect();
        assert!(numbered.is_empty(), "{}: {numbered:?}", spec.display());
    }
}

#[test]
fn builders_never_take_a_name_their_operation_file_imports() {
    let spec = "
paths:
  /a: {get: {operationId: response, responses: {'204': {description: done}}}}
  /b: {get: {operationId: stream, responses: {'204': {description: done}}}}
  /c: {get: {operationId: getCard, responses: {'204': {description: done}}}}
";
    let (api, _) = lower(spec);
    let builders: Vec<&str> = api
        .operations
        .iter()
        .map(|op| op.builder_name.as_str())
        .collect();
    assert_eq!(
        builders,
        ["ResponseOperation", "StreamOperation", "GetCard"]
    );
}
