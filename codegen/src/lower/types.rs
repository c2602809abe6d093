//! Schemas → Rust types. Component schemas keep their names; inline schemas are named from
//! where they stand (`CreateOrderRequestCustomer`). Primitive and list components are inlined
//! so that serde attributes (decimal wire form, lenient dates) stay on the fields that use them.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use super::names::{
    first_free_of, integer_variant_name, model_name, snake_name, unique, variant_name,
};
use crate::diagnostics::{escape_segment, Diagnostics};
use crate::ir::{
    Constant, Docs, Enum, EnumVariant, Field, Presence, Redaction, Struct, TagField, Traffic,
    TypeDef, TypeKind, TypeRef, Union, UnionVariant,
};

const COMPONENT_PREFIX: &str = "#/components/schemas/";

/// Lowers schemas into named types, remembering every type it made.
pub struct TypeLowerer<'a> {
    doc: &'a Value,
    /// Component key → Rust name, for components that become named types.
    component_names: BTreeMap<String, String>,
    /// Names in use.
    taken: BTreeSet<String>,
    /// Types made so far, by Rust name.
    pub defs: BTreeMap<String, TypeDef>,
    /// Components being inlined right now (guards against cycles of aliases).
    inlining: BTreeSet<String>,
    /// Components already lowered (by key).
    done: BTreeSet<String>,
    /// Rust names of component schemas: never merged into another type.
    component_types: BTreeSet<String>,
    /// Every shape made so far, so an identical inline schema reuses its type.
    shapes: dedup::Shapes,
    /// Names that took a counter (pointer, name, the derived names that were taken), reported
    /// as warnings by `report_numbered`.
    numbered: Vec<(String, String, String)>,
}

/// Documentation of a schema node.
pub fn docs_of(node: &Value) -> Docs {
    let text = |key: &str| {
        node.get(key)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
    };
    Docs {
        summary: text("title").or_else(|| text("summary")),
        description: text("description"),
        inferred: text("x-inferred"),
        deprecated: node
            .get("deprecated")
            .and_then(Value::as_bool)
            .unwrap_or(false),
    }
}

/// Facts Rust types do not carry, kept as documentation: the server-side default, the pattern
/// (never compiled, so any regex dialect is fine) and unusual formats.
fn constraint_docs(schema: &Value, docs: &mut Docs) {
    let mut notes = Vec::new();
    if let Some(default) = schema.get("default") {
        notes.push(format!("Default: `{default}`."));
    }
    if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
        notes.push(format!("Pattern: `{}`.", pattern.replace('`', "'")));
    }
    if let Some(format) = schema.get("format").and_then(Value::as_str) {
        let known = [
            "uuid",
            "date-time",
            "date",
            "binary",
            "decimal",
            "money",
            "int32",
            "int64",
            "float",
            "double",
            "byte",
        ];
        if !known.contains(&format) {
            notes.push(format!("Format: `{format}`."));
        }
    }
    if notes.is_empty() {
        return;
    }
    let notes = notes.join(" ");
    docs.description = Some(match docs.description.take() {
        Some(text) => format!("{text}\n\n{notes}"),
        None => notes,
    });
}

/// A `const` string (OpenAPI 3.1): lowered as a one-value enum.
fn string_const(schema: &Value) -> bool {
    schema.get("const").is_some_and(Value::is_string) && schema.get("enum").is_none()
}

/// The one string a property's own schema allows, when it is written at the property: a string
/// `enum` of one value (a `null` beside it is presence, not a value), a `const` string, or a
/// `oneOf`/`anyOf` of one such schema. Such a field is a `String` that always holds the value,
/// not a type of its own (README, "Decisions"). A `$ref` keeps its type: the spec named it.
fn folded_value(schema: &Value) -> Option<String> {
    let has = |key: &str| schema.get(key).is_some();
    if has("$ref") || has("properties") || has("allOf") || has("discriminator") {
        return None;
    }
    if !matches!(
        schema.get("type").and_then(Value::as_str),
        None | Some("string")
    ) {
        return None;
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        let mut values = values.iter().filter(|v| !v.is_null());
        return match (values.next(), values.next()) {
            (Some(Value::String(only)), None) => Some(only.clone()),
            _ => None,
        };
    }
    if string_const(schema) {
        return schema
            .get("const")
            .and_then(Value::as_str)
            .map(String::from);
    }
    match schema
        .get("oneOf")
        .or_else(|| schema.get("anyOf"))
        .and_then(Value::as_array)
        .map(Vec::as_slice)
    {
        Some([only]) => folded_value(only),
        _ => None,
    }
}

/// The docs of a folded field (see [`folded_value`]): what the spec says, and the value unless
/// the spec already quotes it.
fn note_folded_value(docs: &mut Docs, value: &str) {
    let quoted = format!("`{}`", value.replace('`', "'"));
    let note = format!("Always {quoted}.");
    docs.description = Some(match docs.description.take() {
        Some(text) if text.contains(&quoted) => text,
        Some(text) => format!("{text} {note}"),
        None => note,
    });
}

fn is_named_shape(schema: &Value) -> bool {
    // Objects with properties, enums and unions get a named type; everything else is inlined.
    let has = |key: &str| schema.get(key).is_some();
    if has("enum") || has("oneOf") || has("anyOf") || has("properties") || string_const(schema) {
        return true;
    }
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        // `allOf: [$ref]` with nothing else is a reference in disguise.
        return all.len() > 1 || schema.get("properties").is_some();
    }
    // `type: object` alone (or with only `additionalProperties`) is a free-form object or a map:
    // a JSON value or `BTreeMap`, never an empty struct that would drop every property.
    false
}

impl<'a> TypeLowerer<'a> {
    /// Prepares names for every component schema so references resolve before lowering.
    pub fn new(doc: &'a Value) -> Self {
        let mut lowerer = Self {
            doc,
            component_names: BTreeMap::new(),
            taken: BTreeSet::new(),
            defs: BTreeMap::new(),
            inlining: BTreeSet::new(),
            done: BTreeSet::new(),
            component_types: BTreeSet::new(),
            shapes: dedup::Shapes::default(),
            numbered: Vec::new(),
        };
        if let Some(schemas) = doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
        {
            for (key, schema) in schemas {
                if is_named_shape(schema) {
                    let natural = model_name(key);
                    let name = unique(natural.clone(), &mut lowerer.taken);
                    if name != natural {
                        // Two keys that differ only in spelling (`order-item`, `OrderItem`): the
                        // key is all there is to name a component by.
                        lowerer.numbered.push((
                            format!("/components/schemas/{}", escape_segment(key)),
                            name.clone(),
                            natural,
                        ));
                    }
                    lowerer.component_types.insert(name.clone());
                    lowerer.component_names.insert(key.clone(), name);
                }
            }
        }
        lowerer
    }

    /// Reserves a name for an enum made outside this lowerer (the crate's error union, an
    /// operation's success enum): `raw`, or `raw` + `Enum` when a schema has that name.
    pub fn reserve(&mut self, raw: &str, pointer: &str) -> String {
        let natural = model_name(raw);
        let candidates = [natural.clone(), format!("{natural}Enum")];
        let (name, numbered) = first_free_of(&candidates, |c| self.taken.insert(c.to_string()));
        if numbered {
            self.numbered
                .push((pointer.to_string(), name.clone(), candidates.join(", ")));
        }
        name
    }

    /// Warns of every name that had to take a counter because all the names derived from where
    /// its schema stands were taken: the spec's author can give it a distinct key or `title`.
    pub fn report_numbered(&mut self, diagnostics: &mut Diagnostics) {
        for (pointer, name, wanted) in std::mem::take(&mut self.numbered) {
            diagnostics.warning(
                pointer,
                format!("type numbered `{name}`: the names derived from where it stands ({wanted}) are taken"),
            );
        }
    }

    /// Lowers every component schema, used or not, so the crate mirrors the spec.
    pub fn lower_components(&mut self, diagnostics: &mut Diagnostics) {
        let keys: Vec<String> = self.component_names.keys().cloned().collect();
        for key in keys {
            self.lower_component(&key, diagnostics);
        }
    }

    fn lower_component(&mut self, key: &str, diagnostics: &mut Diagnostics) -> TypeRef {
        let pointer = format!("/components/schemas/{}", escape_segment(key));
        let Some(schema) = self.doc.pointer(&pointer) else {
            diagnostics.error(pointer, "reference to a missing schema");
            return TypeRef::Json;
        };
        if let Some(name) = self.component_names.get(key).cloned() {
            if self.done.insert(key.to_string()) {
                self.define(&name, schema, &pointer, diagnostics);
            }
            return TypeRef::Named(name);
        }
        if !self.inlining.insert(key.to_string()) {
            diagnostics.warning(
                pointer,
                "schema refers to itself without an object in between; using a JSON value",
            );
            return TypeRef::Json;
        }
        let ty = self.lower(schema, &model_name(key), &pointer, diagnostics);
        self.inlining.remove(key);
        ty
    }

    /// The type of a schema found at `pointer`; `context` names it if it needs a new type.
    pub fn lower(
        &mut self,
        schema: &Value,
        context: &str,
        pointer: &str,
        diagnostics: &mut Diagnostics,
    ) -> TypeRef {
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            return self.lower_ref(reference, context, pointer, diagnostics);
        }
        if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
            if all.len() == 1 && schema.get("properties").is_none() {
                return self.lower(&all[0], context, &format!("{pointer}/allOf/0"), diagnostics);
            }
        }
        if is_named_shape(schema) {
            // An inline schema is named from where it stands; when a component already has that
            // name, the derived `…Value` (the value of that property) tells them apart.
            let natural = model_name(context);
            let candidates = [natural.clone(), format!("{natural}Value")];
            let (name, numbered) = first_free_of(&candidates, |c| self.taken.insert(c.to_string()));
            let name = self.define(&name, schema, pointer, diagnostics);
            if numbered && self.defs.get(&name).is_some_and(|d| d.origin == pointer) {
                self.numbered
                    .push((pointer.to_string(), name.clone(), candidates.join(", ")));
            }
            return TypeRef::Named(name);
        }
        self.lower_unnamed(schema, context, pointer, diagnostics)
    }

    fn lower_ref(
        &mut self,
        reference: &str,
        context: &str,
        pointer: &str,
        diagnostics: &mut Diagnostics,
    ) -> TypeRef {
        if let Some(key) = reference.strip_prefix(COMPONENT_PREFIX) {
            if !key.contains('/') {
                return self
                    .lower_component(&key.replace("~1", "/").replace("~0", "~"), diagnostics);
            }
        }
        match crate::validate::resolve(self.doc, reference) {
            Some(target) => {
                let target_pointer = reference.trim_start_matches('#').to_string();
                if self.inlining.contains(&target_pointer) {
                    diagnostics.warning(
                        pointer,
                        "reference cycle without a named type; using a JSON value",
                    );
                    return TypeRef::Json;
                }
                self.inlining.insert(target_pointer.clone());
                let ty = self.lower(target, context, &target_pointer, diagnostics);
                self.inlining.remove(&target_pointer);
                ty
            }
            None => {
                diagnostics.error(pointer, format!("broken $ref `{reference}`"));
                TypeRef::Json
            }
        }
    }

    /// Primitive, list and map schemas.
    fn lower_unnamed(
        &mut self,
        schema: &Value,
        context: &str,
        pointer: &str,
        diagnostics: &mut Diagnostics,
    ) -> TypeRef {
        let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
        match schema.get("type").and_then(Value::as_str) {
            Some("string") => match format {
                "uuid" => TypeRef::Uuid,
                "date-time" => TypeRef::DateTime,
                "date" => TypeRef::Date,
                "binary" => TypeRef::Bytes,
                "decimal" | "money" => TypeRef::Decimal { as_string: true },
                _ => TypeRef::String,
            },
            Some("number") => match format {
                "decimal" | "money" => TypeRef::Decimal { as_string: false },
                _ => TypeRef::F64,
            },
            Some("integer") => match format {
                "int32" => TypeRef::I32,
                _ => TypeRef::I64,
            },
            Some("boolean") => TypeRef::Bool,
            Some("array") => match schema.get("items") {
                Some(items) => {
                    let item = self.lower(
                        items,
                        &format!("{context}Item"),
                        &format!("{pointer}/items"),
                        diagnostics,
                    );
                    TypeRef::List(Box::new(item))
                }
                None => {
                    diagnostics.warning(pointer, "array without `items`; elements are JSON values");
                    TypeRef::List(Box::new(TypeRef::Json))
                }
            },
            Some("object") | None => match schema.get("additionalProperties") {
                Some(Value::Object(inner)) if !inner.is_empty() => {
                    let value = self.lower(
                        &Value::Object(inner.clone()),
                        &format!("{context}Value"),
                        &format!("{pointer}/additionalProperties"),
                        diagnostics,
                    );
                    TypeRef::Map(Box::new(value))
                }
                _ => TypeRef::Json,
            },
            Some(_) => TypeRef::Json,
        }
    }

    /// Makes a named type for an object, enum or union schema, and returns its name: `name`, or
    /// the name of an identical type made before (see `dedup`), in which case `name` is free again.
    fn define(
        &mut self,
        name: &str,
        schema: &Value,
        pointer: &str,
        diagnostics: &mut Diagnostics,
    ) -> String {
        let mut docs = docs_of(schema);
        if docs.summary.is_none() && docs.description.is_none() {
            docs.description = Some(super::facts::describe(self.doc, schema));
        }
        let kind = if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            self.enumeration(values, schema, pointer, diagnostics)
        } else if let Some(members) = self.one_value_members(schema) {
            // An enum written as a union of one-value strings (to document each value).
            let as_string = serde_json::json!({ "type": "string" });
            let (values, descriptions): (Vec<Value>, Vec<Option<String>>) =
                members.into_iter().unzip();
            let mut kind = self.enumeration(&values, &as_string, pointer, diagnostics);
            if let TypeKind::Enum(e) = &mut kind {
                for variant in &mut e.variants {
                    variant.description = values
                        .iter()
                        .position(|v| v.as_str() == Some(variant.value.as_str()))
                        .and_then(|i| descriptions[i].clone());
                }
            }
            kind
        } else if string_const(schema) {
            // OpenAPI 3.1's `const` is a one-value enum (at a property it was folded instead).
            let values = [schema["const"].clone()];
            let mut as_enum = schema.clone();
            as_enum["type"] = Value::from("string");
            self.enumeration(&values, &as_enum, pointer, diagnostics)
        } else if let Some(list) = schema
            .get("oneOf")
            .or_else(|| schema.get("anyOf"))
            .and_then(Value::as_array)
        {
            let key = if schema.get("oneOf").is_some() {
                "oneOf"
            } else {
                "anyOf"
            };
            self.union(name, list, schema, &format!("{pointer}/{key}"), diagnostics)
        } else if let Some(children) = self.subtypes(schema, pointer) {
            // A base schema with a discriminator and no oneOf: its subtypes extend it with
            // allOf, and a value of the base type is one of them on the wire.
            self.union(
                name,
                &children,
                schema,
                &format!("{pointer}/discriminator"),
                diagnostics,
            )
        } else {
            TypeKind::Struct(self.structure(name, schema, pointer, diagnostics))
        };
        let def = TypeDef {
            name: name.to_string(),
            // Decided once every type is known, in `files::decide`.
            module: String::new(),
            traffic: Traffic::default(),
            // Decided once operations are known, in `features::decide`.
            gate: crate::ir::Gate::Always,
            origin: pointer.to_string(),
            docs,
            kind,
        };
        self.keep(def, schema)
    }

    /// Records a type made from `schema`, unless it is an inline copy of one made before.
    fn keep(&mut self, def: TypeDef, schema: &Value) -> String {
        let inline = !self.component_types.contains(&def.name);
        let doc = self.doc;
        let defs = &self.defs;
        let facts = || Docs {
            description: Some(super::facts::describe(doc, schema)),
            inferred: def.docs.inferred.clone(),
            ..Docs::default()
        };
        let existing_docs = |name: &str| defs.get(name).map(|d| d.docs.clone());
        match self.shapes.offer(&def, inline, facts, existing_docs) {
            dedup::Offer::Keep => {
                let name = def.name.clone();
                self.defs.insert(name.clone(), def);
                name
            }
            dedup::Offer::Merge { name, docs } => {
                self.taken.remove(&def.name);
                if let (Some(docs), false) = (docs, self.component_types.contains(&name)) {
                    if let Some(kept) = self.defs.get_mut(&name) {
                        kept.docs = docs;
                    }
                }
                name
            }
        }
    }

    /// The values of a `oneOf`/`anyOf` whose every member admits one string (`enum: [x]`, or
    /// `const: x` in 3.1), or `None`.
    fn one_value_members(&self, schema: &Value) -> Option<Vec<(Value, Option<String>)>> {
        if schema.get("discriminator").is_some() || schema.get("properties").is_some() {
            return None;
        }
        let list = schema
            .get("oneOf")
            .or_else(|| schema.get("anyOf"))
            .and_then(Value::as_array)?;
        let values: Option<Vec<(Value, Option<String>)>> = list
            .iter()
            .map(|member| {
                let description = docs_of(member).description;
                let member = deref(self.doc, member);
                match member.get("enum").and_then(Value::as_array)?.as_slice() {
                    [value @ Value::String(_)] => Some((
                        value.clone(),
                        description.or_else(|| docs_of(member).description),
                    )),
                    _ => None,
                }
            })
            .collect();
        values.filter(|v| !v.is_empty())
    }

    /// The subtypes of a base schema with a discriminator (OpenAPI's allOf inheritance), as
    /// `$ref` members: the discriminator's mapping targets, then the component schemas whose
    /// `allOf` names the base. `None` when the schema is not such a base.
    fn subtypes(&self, schema: &Value, pointer: &str) -> Option<Vec<Value>> {
        schema.pointer("/discriminator/propertyName")?;
        // A subtype that repeats its base's discriminator stays a struct: only the root of a
        // hierarchy becomes the union (of every level below it).
        let extends_another = schema
            .get("allOf")
            .and_then(Value::as_array)
            .is_some_and(|all| all.iter().any(|m| m.get("$ref").is_some()));
        if extends_another {
            return None;
        }
        let base_ref = format!("#{pointer}");
        let key = pointer.strip_prefix(&COMPONENT_PREFIX[1..])?;
        let mut children: Vec<String> = Vec::new();
        let mapping = schema
            .pointer("/discriminator/mapping")
            .and_then(Value::as_object);
        for target in mapping.into_iter().flat_map(|m| m.values()) {
            let Some(target) = target.as_str() else {
                continue;
            };
            let reference = if target.starts_with('#') {
                target.to_string()
            } else {
                format!("{COMPONENT_PREFIX}{target}")
            };
            if reference != base_ref && !children.contains(&reference) {
                children.push(reference);
            }
        }
        // Subtypes at every level: schemas whose allOf names the base or a subtype found so far.
        let schemas = self
            .doc
            .pointer("/components/schemas")
            .and_then(Value::as_object);
        let mut parents = vec![base_ref.clone()];
        let mut next = 0;
        while next < parents.len() {
            let parent = parents[next].clone();
            next += 1;
            for (child_key, child) in schemas.into_iter().flatten() {
                let extends = child
                    .get("allOf")
                    .and_then(Value::as_array)
                    .is_some_and(|all| {
                        all.iter()
                            .any(|m| m.get("$ref").and_then(Value::as_str) == Some(parent.as_str()))
                    });
                let reference = format!("{COMPONENT_PREFIX}{}", escape_segment(child_key));
                if extends && child_key != key && !parents.contains(&reference) {
                    parents.push(reference.clone());
                    if !children.contains(&reference) {
                        children.push(reference);
                    }
                }
            }
        }
        // A subtype that adds nothing would lower to the base itself.
        children.retain(|r| {
            crate::validate::resolve(self.doc, r).is_some_and(|t| {
                t.get("properties").is_some()
                    || t.get("allOf")
                        .and_then(Value::as_array)
                        .is_some_and(|all| all.len() > 1)
            })
        });
        (!children.is_empty()).then(|| {
            children
                .into_iter()
                .map(|r| serde_json::json!({ "$ref": r }))
                .collect()
        })
    }

    fn enumeration(
        &mut self,
        values: &[Value],
        schema: &Value,
        pointer: &str,
        diagnostics: &mut Diagnostics,
    ) -> TypeKind {
        let integer = schema.get("type").and_then(Value::as_str) == Some("integer");
        let names: Vec<Option<String>> =
            match schema.get("x-enum-varnames").and_then(Value::as_array) {
                Some(names) if names.len() == values.len() => {
                    names.iter().map(|n| n.as_str().map(String::from)).collect()
                }
                Some(_) => {
                    diagnostics.warning(
                        format!("{pointer}/x-enum-varnames"),
                        "x-enum-varnames must have one name per enum value; names ignored",
                    );
                    vec![None; values.len()]
                }
                None => vec![None; values.len()],
            };
        let mut variants = Vec::new();
        let mut seen_values = BTreeSet::new();
        let mut taken = BTreeSet::from(["Unknown".to_string()]);
        for (i, (value, given)) in values.iter().zip(names).enumerate() {
            let wire = match (value, integer) {
                (Value::Null, _) => continue, // `nullable` enums list null; presence handles it
                (Value::Number(n), true) if n.is_i64() => n.to_string(),
                (Value::String(s), false) => s.clone(),
                (Value::Number(n), false) => n.to_string(),
                (Value::Bool(b), false) => b.to_string(),
                _ => {
                    diagnostics.warning(
                        format!("{pointer}/enum/{i}"),
                        "enum value does not match the schema type; skipped",
                    );
                    continue;
                }
            };
            if !seen_values.insert(wire.clone()) {
                continue; // duplicate value in the spec
            }
            let base = match given {
                Some(given) => variant_name(&given),
                None if integer => integer_variant_name(wire.parse().unwrap_or_default()),
                None => variant_name(&wire),
            };
            variants.push(EnumVariant {
                name: unique(base, &mut taken),
                value: wire,
                description: None,
            });
        }
        TypeKind::Enum(Enum { integer, variants })
    }

    fn union(
        &mut self,
        name: &str,
        list: &[Value],
        schema: &Value,
        pointer: &str,
        diagnostics: &mut Diagnostics,
    ) -> TypeKind {
        let mut variants = Vec::new();
        let mut taken = BTreeSet::from(["Unknown".to_string()]);
        let mapping = schema
            .pointer("/discriminator/mapping")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        for (i, member) in list.iter().enumerate() {
            let reference = member.get("$ref").and_then(Value::as_str);
            let key = reference
                .and_then(|r| r.rsplit('/').next())
                .map(|k| k.replace("~1", "/").replace("~0", "~"));
            let member_names: Vec<String> = match (key.as_deref(), member.get("title")) {
                (Some(key), _) => vec![key.to_string()],
                (None, Some(Value::String(title))) => vec![title.clone()],
                _ => shape_names(self.doc, member),
            };
            let candidates: Vec<String> = member_names.iter().map(|n| variant_name(n)).collect();
            let (variant, numbered) = first_free_of(&candidates, |c| taken.insert(c.to_string()));
            if numbered {
                diagnostics.warning(
                    format!("{pointer}/{i}"),
                    format!(
                        "union variant numbered `{variant}`: the names derived from this member ({}) are taken; give it a distinct `title`",
                        candidates.join(", ")
                    ),
                );
            }
            let member_name = match member_names.iter().position(|n| variant_name(n) == variant) {
                Some(at) => model_name(&member_names[at]),
                None => variant.clone(),
            };
            let ty = self.lower(
                member,
                &format!("{name}{member_name}"),
                &format!("{pointer}/{i}"),
                diagnostics,
            );
            // Mapping values are references or bare schema names; without an entry the schema
            // name is the tag (OpenAPI 3.0 discriminator rules).
            let mut tags: Vec<String> = match (reference, key.as_deref()) {
                (Some(r), Some(k)) => mapping
                    .iter()
                    .filter(|(_, target)| target.as_str().is_some_and(|t| t == r || t == k))
                    .map(|(tag, _)| tag.clone())
                    .collect(),
                _ => Vec::new(),
            };
            if tags.is_empty() {
                if let Some(k) = key {
                    tags.push(k);
                }
            }
            variants.push(UnionVariant {
                name: variant,
                ty,
                tags,
                boxed: false,
                tag_field: TagField::Absent,
                sensitive: self.sensitivity(member, &format!("{pointer}/{i}"), diagnostics),
            });
        }
        let discriminator = schema
            .pointer("/discriminator/propertyName")
            .and_then(Value::as_str)
            .map(String::from);
        TypeKind::Union(Union {
            variants,
            discriminator,
            tagged: false,
        })
    }

    /// Decides how each union decodes, once every type exists: by the discriminator when every
    /// variant is an object type with a tag, otherwise by shape, richest shape first.
    pub fn finish_unions(&mut self, diagnostics: &mut Diagnostics) {
        let names: Vec<String> = self
            .defs
            .iter()
            .filter(|(_, d)| matches!(d.kind, TypeKind::Union(_)))
            .map(|(n, _)| n.clone())
            .collect();
        for name in names {
            let Some(TypeDef {
                kind: TypeKind::Union(union),
                origin,
                ..
            }) = self.defs.get(&name).cloned()
            else {
                continue;
            };
            let mut union = union;
            if let Some(property) = union.discriminator.clone() {
                let mut seen_tags = BTreeSet::new();
                let carries: Option<Vec<TagField>> = union
                    .variants
                    .iter()
                    .map(|v| match &v.ty {
                        TypeRef::Named(n) => match self.defs.get(n).map(|d| &d.kind) {
                            Some(TypeKind::Struct(s))
                                if !v.tags.is_empty()
                                    && v.tags.iter().all(|t| seen_tags.insert(t.clone())) =>
                            {
                                Some(match s.fields.iter().find(|f| f.wire_name == property) {
                                    None => TagField::Absent,
                                    Some(f) if f.presence == Presence::Required => {
                                        TagField::Required
                                    }
                                    Some(_) => TagField::Optional,
                                })
                            }
                            _ => None,
                        },
                        _ => None,
                    })
                    .collect();
                match carries {
                    Some(carries) if !union.variants.is_empty() => {
                        union.tagged = true;
                        for (v, carries) in union.variants.iter_mut().zip(carries) {
                            v.tag_field = carries;
                        }
                    }
                    _ => diagnostics.warning(
                        format!("{origin}/discriminator"),
                        "discriminator ignored: every variant must be a named object schema with its own tag value; variants are told apart by shape",
                    ),
                }
            }
            if !union.tagged {
                // Untagged decoding takes the first variant that fits: try the richest shapes first.
                let specificity = |ty: &TypeRef| -> usize {
                    match ty {
                        TypeRef::Named(n) => match self.defs.get(n).map(|d| &d.kind) {
                            Some(TypeKind::Struct(s)) => {
                                1000 + s
                                    .fields
                                    .iter()
                                    .filter(|f| f.presence == Presence::Required)
                                    .count()
                                    * 10
                                    + s.fields.len()
                            }
                            Some(TypeKind::Enum(_)) => 500,
                            _ => 400,
                        },
                        TypeRef::Json => 0,
                        TypeRef::String => 10,
                        TypeRef::List(_) | TypeRef::Map(_) => 150,
                        _ => 100,
                    }
                };
                union
                    .variants
                    .sort_by_key(|v| std::cmp::Reverse(specificity(&v.ty)));
            }
            if let Some(def) = self.defs.get_mut(&name) {
                def.kind = TypeKind::Union(union);
            }
        }
    }

    fn structure(
        &mut self,
        name: &str,
        schema: &Value,
        pointer: &str,
        diagnostics: &mut Diagnostics,
    ) -> Struct {
        let mut properties: Vec<(String, Value, String)> = Vec::new();
        let mut required: BTreeSet<String> = BTreeSet::new();
        let mut additional: Option<Value> = None;
        self.collect_properties(
            schema,
            pointer,
            &mut properties,
            &mut required,
            &mut additional,
            0,
            diagnostics,
        );
        let mut taken = BTreeSet::new();
        let mut fields = Vec::new();
        // `x-sensitive: true` on the object itself marks each of its properties.
        let whole = deref(self.doc, schema);
        let all_sensitive = marked(whole, pointer, diagnostics).flatten();
        for (wire, prop, prop_pointer) in properties {
            let sensitive = self
                .sensitivity(&prop, &prop_pointer, diagnostics)
                .or(all_sensitive);
            let prop_name = unique(snake_name(&wire), &mut taken);
            let context = format!("{name}{}", model_name(&wire));
            let folded = folded_value(&prop);
            let ty = match folded {
                Some(_) => TypeRef::String,
                None => self.lower(&prop, &context, &prop_pointer, diagnostics),
            };
            let nullable = self.is_nullable(&prop);
            let presence = match (required.contains(&wire), nullable) {
                (true, false) => Presence::Required,
                (false, true) => Presence::OptionalNullable,
                _ => Presence::Optional,
            };
            let mut docs = docs_of(&prop);
            if let Some(value) = &folded {
                note_folded_value(&mut docs, value);
            }
            if docs.description.is_none() {
                if let Some(target) = prop
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| crate::validate::resolve(self.doc, r))
                {
                    docs.description = docs_of(target).description;
                }
            }
            if docs.summary.is_none() && docs.description.is_none() {
                docs.description = Some(super::facts::describe(self.doc, &prop));
            }
            constraint_docs(&prop, &mut docs);
            fields.push(Field {
                name: prop_name,
                // Named once every field is known, in `lower::name_setters`.
                setter: String::new(),
                clearer: None,
                wire_name: wire,
                ty,
                presence,
                boxed: false,
                docs,
                read_only: prop
                    .get("readOnly")
                    .and_then(Value::as_bool)
                    .unwrap_or(false),
                write_only: prop
                    .get("writeOnly")
                    .and_then(Value::as_bool)
                    .unwrap_or(false),
                sensitive,
                // A folded value is set by the constructor when the field is required; a
                // one-value enum type is decided once every type is known, in
                // `mark_constants_and_wrappers`.
                constant: folded
                    .filter(|_| presence == Presence::Required)
                    .map(Constant::Text),
                converts: false,
            });
        }
        let additional = match additional {
            Some(Value::Bool(true)) => Some(TypeRef::Json),
            Some(Value::Object(inner)) if inner.is_empty() => Some(TypeRef::Json),
            Some(Value::Object(inner)) => Some(self.lower(
                &Value::Object(inner),
                &format!("{name}Value"),
                &format!("{pointer}/additionalProperties"),
                diagnostics,
            )),
            _ => None,
        };
        Struct {
            fields,
            additional,
            wraps: Vec::new(),
        }
    }

    /// Gathers properties of an object, merging `allOf` members in order.
    #[allow(clippy::too_many_arguments)]
    fn collect_properties(
        &mut self,
        schema: &Value,
        pointer: &str,
        properties: &mut Vec<(String, Value, String)>,
        required: &mut BTreeSet<String>,
        additional: &mut Option<Value>,
        depth: usize,
        diagnostics: &mut Diagnostics,
    ) {
        if depth > 32 {
            diagnostics.warning(
                pointer,
                "allOf nested too deeply; remaining members ignored",
            );
            return;
        }
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            match crate::validate::resolve(self.doc, reference) {
                Some(target) => {
                    let target_pointer = reference.trim_start_matches('#').to_string();
                    self.collect_properties(
                        target,
                        &target_pointer,
                        properties,
                        required,
                        additional,
                        depth + 1,
                        diagnostics,
                    )
                }
                None => diagnostics.error(pointer, format!("broken $ref `{reference}`")),
            }
            return;
        }
        if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
            for (i, member) in all.iter().enumerate() {
                self.collect_properties(
                    member,
                    &format!("{pointer}/allOf/{i}"),
                    properties,
                    required,
                    additional,
                    depth + 1,
                    diagnostics,
                );
            }
        }
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (wire, prop) in props {
                let prop_pointer = format!("{pointer}/properties/{}", escape_segment(wire));
                match properties.iter_mut().find(|(w, _, _)| w == wire) {
                    Some(existing) => *existing = (wire.clone(), prop.clone(), prop_pointer),
                    None => properties.push((wire.clone(), prop.clone(), prop_pointer)),
                }
            }
        }
        if let Some(list) = schema.get("required").and_then(Value::as_array) {
            required.extend(list.iter().filter_map(Value::as_str).map(String::from));
        }
        if let Some(extra) = schema.get("additionalProperties") {
            *additional = Some(extra.clone());
        }
    }

    /// Whether the values of a schema are sensitive: `x-sensitive` or `format: password` on it,
    /// on the schema its `$ref` or lone `allOf` member names, or on its array items or map values.
    /// The nearest mark wins, so `x-sensitive: false` on a property overrides its schema's.
    pub fn sensitivity(
        &self,
        schema: &Value,
        pointer: &str,
        diagnostics: &mut Diagnostics,
    ) -> Option<Redaction> {
        let mut node = schema;
        let mut at = pointer.to_string();
        // Bounded: a cycle of references must not loop.
        for _ in 0..32 {
            if let Some(decided) = marked(node, &at, diagnostics) {
                return decided;
            }
            let (next, next_at) = if let Some(reference) = node.get("$ref").and_then(Value::as_str)
            {
                let target = crate::validate::resolve(self.doc, reference)?;
                (target, reference.trim_start_matches('#').to_string())
            } else if let Some([only]) = node
                .get("allOf")
                .and_then(Value::as_array)
                .map(Vec::as_slice)
            {
                (only, format!("{at}/allOf/0"))
            } else if let Some(items) = node.get("items") {
                (items, format!("{at}/items"))
            } else if let Some(values) = node
                .get("additionalProperties")
                .filter(|v| v.as_object().is_some_and(|m| !m.is_empty()))
            {
                (values, format!("{at}/additionalProperties"))
            } else {
                return None;
            };
            node = next;
            at = next_at;
        }
        None
    }

    fn is_nullable(&self, schema: &Value) -> bool {
        if schema.get("nullable").and_then(Value::as_bool) == Some(true) {
            return true;
        }
        let target = schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| crate::validate::resolve(self.doc, r));
        target
            .and_then(|t| t.get("nullable"))
            .and_then(Value::as_bool)
            == Some(true)
    }

    /// Marks fields that must be boxed because their type contains the struct itself.
    pub fn box_cycles(&mut self) {
        let direct: BTreeMap<String, Vec<String>> = self
            .defs
            .iter()
            .map(|(name, def)| {
                let targets = match &def.kind {
                    TypeKind::Struct(s) => s
                        .fields
                        .iter()
                        .filter_map(|f| direct_target(&f.ty))
                        .collect(),
                    TypeKind::Union(u) => u
                        .variants
                        .iter()
                        .filter_map(|v| direct_target(&v.ty))
                        .collect(),
                    _ => Vec::new(),
                };
                (name.clone(), targets)
            })
            .collect();
        let reaches = |from: &str, to: &str| -> bool {
            let mut stack = vec![from.to_string()];
            let mut seen = BTreeSet::new();
            while let Some(node) = stack.pop() {
                if node == to {
                    return true;
                }
                if seen.insert(node.clone()) {
                    stack.extend(direct.get(&node).cloned().unwrap_or_default());
                }
            }
            false
        };
        let mut to_box: Vec<(String, String)> = Vec::new();
        for (name, def) in &self.defs {
            match &def.kind {
                TypeKind::Struct(s) => {
                    for f in &s.fields {
                        if direct_target(&f.ty).is_some_and(|t| reaches(&t, name)) {
                            to_box.push((name.clone(), f.name.clone()));
                        }
                    }
                }
                TypeKind::Union(u) => {
                    for v in &u.variants {
                        if direct_target(&v.ty).is_some_and(|t| reaches(&t, name)) {
                            to_box.push((name.clone(), v.name.clone()));
                        }
                    }
                }
                _ => {}
            }
        }
        for (type_name, member) in to_box {
            if let Some(TypeDef {
                kind: TypeKind::Struct(s),
                ..
            }) = self.defs.get_mut(&type_name)
            {
                if let Some(f) = s.fields.iter_mut().find(|f| f.name == member) {
                    f.boxed = true;
                }
            }
            if let Some(TypeDef {
                kind: TypeKind::Union(u),
                ..
            }) = self.defs.get_mut(&type_name)
            {
                if let Some(v) = u.variants.iter_mut().find(|v| v.name == member) {
                    v.boxed = true;
                }
            }
        }
    }

    /// Fills in what a person should not have to write. A required field whose enum type (a
    /// named component) allows one value is a constant the constructor sets, as a folded one
    /// already is (`structure`). A struct whose one required field that is not
    /// a constant holds another struct (a JSON:API envelope: `{data: {type, attributes}}`)
    /// converts from that struct, and from whatever that struct converts from.
    pub fn mark_constants_and_wrappers(&mut self) {
        let single: BTreeMap<String, String> = self
            .defs
            .iter()
            .filter_map(|(name, def)| match &def.kind {
                TypeKind::Enum(e) if e.variants.len() == 1 => {
                    Some((name.clone(), e.variants[0].name.clone()))
                }
                _ => None,
            })
            .collect();
        for def in self.defs.values_mut() {
            let TypeKind::Struct(s) = &mut def.kind else {
                continue;
            };
            for field in &mut s.fields {
                if let (Presence::Required, false, TypeRef::Named(n)) =
                    (field.presence, field.boxed, &field.ty)
                {
                    field.constant = single.get(n).cloned().map(Constant::Variant);
                }
            }
        }
        let inner_of: BTreeMap<String, String> = self
            .defs
            .iter()
            .filter_map(|(name, def)| {
                let TypeKind::Struct(s) = &def.kind else {
                    return None;
                };
                let mut to_give = s
                    .fields
                    .iter()
                    .filter(|f| f.presence == Presence::Required && f.constant.is_none());
                let (Some(only), None) = (to_give.next(), to_give.next()) else {
                    return None;
                };
                let TypeRef::Named(inner) = &only.ty else {
                    return None;
                };
                let is_struct = matches!(
                    self.defs.get(inner).map(|d| &d.kind),
                    Some(TypeKind::Struct(_))
                );
                (is_struct && !only.boxed).then(|| (name.clone(), inner.clone()))
            })
            .collect();
        for (name, def) in &mut self.defs {
            let TypeKind::Struct(s) = &mut def.kind else {
                continue;
            };
            let mut at = name;
            while let Some(inner) = inner_of.get(at) {
                if inner == name || s.wraps.contains(inner) {
                    break;
                }
                s.wraps.push(inner.clone());
                at = inner;
            }
            for field in &mut s.fields {
                field.converts = !field.boxed
                    && matches!(&field.ty, TypeRef::Named(n) if inner_of.contains_key(n));
            }
        }
    }

    /// The raw document.
    pub fn doc(&self) -> &'a Value {
        self.doc
    }
}

/// Names for a union member that has neither a `$ref` nor a `title`, from what it is: its
/// format or type (`Integer`, `String`, `Uuid`), its one value, the item of a list
/// (`CardList`), or the properties an object requires (`Card`, then `CardAndToken`). Most
/// telling first; the union takes the first its other variants left free.
fn shape_names(doc: &Value, member: &Value) -> Vec<String> {
    let member = deref(doc, member);
    let mut names = Vec::new();
    if let Some([only]) = member
        .get("enum")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
    {
        names.push(only.as_str().map_or_else(|| only.to_string(), String::from));
    }
    if let Some(Value::String(value)) = member.get("const") {
        names.push(value.clone());
    }
    let format = member.get("format").and_then(Value::as_str);
    match member.get("type").and_then(Value::as_str) {
        Some("string") => {
            names.extend(format.map(String::from));
            if member.get("enum").is_some() {
                names.push("Enum".into());
            }
            names.push("String".into());
        }
        Some("integer") => names.push("Integer".into()),
        Some("number") => {
            names.extend(format.map(String::from));
            names.push("Number".into());
        }
        Some("boolean") => names.push("Boolean".into()),
        Some("array") => {
            let item = member
                .pointer("/items/$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.rsplit('/').next())
                .or_else(|| member.pointer("/items/title").and_then(Value::as_str))
                .or_else(|| member.pointer("/items/type").and_then(Value::as_str));
            names.extend(item.map(|item| format!("{item} list")));
            names.push("List".into());
        }
        _ => {
            let required: Vec<&str> = member
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let properties: Vec<&str> = member
                .get("properties")
                .and_then(Value::as_object)
                .map(|p| p.keys().map(String::as_str).collect())
                .unwrap_or_default();
            if let Some(first) = required.first() {
                names.push((*first).to_string());
            }
            if required.len() > 1 {
                names.push(required.join(" and "));
            }
            names.extend(
                properties
                    .iter()
                    .filter(|p| !required.contains(p))
                    .take(1)
                    .map(|p| (*p).to_string()),
            );
            if properties.is_empty() && member.get("additionalProperties").is_some() {
                names.push("Map".into());
            }
            names.push("Object".into());
        }
    }
    names
}

/// A named type stored inline (not behind a Vec or map), which is what makes a cycle infinite.
fn direct_target(ty: &TypeRef) -> Option<String> {
    match ty {
        TypeRef::Named(n) => Some(n.clone()),
        _ => None,
    }
}

/// What a schema node itself says about sensitivity: `Some(Some(..))` when it is marked,
/// `Some(None)` for `x-sensitive: false`, `None` when it says nothing. A value other than `true`,
/// `false` or `last4` is an error.
pub fn marked(node: &Value, at: &str, diagnostics: &mut Diagnostics) -> Option<Option<Redaction>> {
    match node.get("x-sensitive") {
        Some(Value::Bool(true)) => return Some(Some(Redaction::Full)),
        Some(Value::Bool(false)) => return Some(None),
        Some(Value::String(rule)) if rule == "last4" => return Some(Some(Redaction::Last4)),
        Some(_) => {
            diagnostics.error(
                format!("{at}/x-sensitive"),
                "x-sensitive must be `true`, `false` or `last4`",
            );
            return Some(Some(Redaction::Full));
        }
        None => {}
    }
    (node.get("format").and_then(Value::as_str) == Some("password"))
        .then_some(Some(Redaction::Full))
}

/// Resolves `$ref` chains to the schema they name (for reading properties, not for typing).
pub fn deref<'v>(doc: &'v Value, mut schema: &'v Value) -> &'v Value {
    for _ in 0..16 {
        match schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| crate::validate::resolve(doc, r))
        {
            Some(target) => schema = target,
            None => break,
        }
    }
    schema
}

/// Empty JSON object, for absent schemas.
pub fn empty_object() -> Value {
    Value::Object(Map::new())
}

mod dedup;

#[cfg(test)]
mod tests;
