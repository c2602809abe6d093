//! What a schema says about its values, for documentation where the spec has no description:
//! the kind and format of the values, their limits, the allowed values and an example. Never a
//! sentence that only repeats a name.

use serde_json::Value;

use super::types::deref;

/// Most values or property names listed before "and N more".
const LISTED: usize = 8;
/// Longest example shown; a longer one says less than the type does.
const EXAMPLE_WIDTH: usize = 80;

/// Sentences describing `schema` (its `$ref` target when it is a reference).
pub fn describe(doc: &Value, schema: &Value) -> String {
    let schema = deref(doc, schema);
    let mut sentences = vec![kind(doc, schema, 0)];
    sentences.extend(limits(schema));
    if let Some(example) = example(schema) {
        sentences.push(example);
    }
    sentences.join(" ")
}

fn code_list(items: &[String]) -> String {
    let shown: Vec<String> = items
        .iter()
        .take(LISTED)
        .map(|i| format!("`{}`", i.replace('`', "'")))
        .collect();
    match (shown.split_last(), items.len().saturating_sub(LISTED)) {
        (None, _) => String::new(),
        (Some((last, [])), 0) => last.clone(),
        (Some((last, rest)), 0) => format!("{} and {last}", rest.join(", ")),
        (Some(_), more) => format!("{} and {more} more", shown.join(", ")),
    }
}

/// How deep list items and map values are described (a list of lists of …, or a schema whose
/// items refer back to itself, ends here).
const NESTING: usize = 3;

fn kind(doc: &Value, schema: &Value, depth: usize) -> String {
    if depth > NESTING {
        return "Values of the schema above.".to_string();
    }
    if let Some(value) = schema.get("const") {
        let value = value
            .as_str()
            .map_or_else(|| value.to_string(), String::from);
        return format!("Always `{}`.", value.replace('`', "'"));
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        let values: Vec<String> = values
            .iter()
            .filter(|v| !v.is_null())
            .map(|v| v.as_str().map_or_else(|| v.to_string(), String::from))
            .collect();
        return match values.as_slice() {
            [one] => format!("Always `{}`.", one.replace('`', "'")),
            _ => format!("One of {}.", code_list(&values)),
        };
    }
    if let Some(members) = schema
        .get("oneOf")
        .or_else(|| schema.get("anyOf"))
        .and_then(Value::as_array)
    {
        let names: Vec<String> = members
            .iter()
            .filter_map(|m| m.get("$ref").and_then(Value::as_str))
            .filter_map(|r| r.rsplit('/').next())
            .map(String::from)
            .collect();
        return if names.len() == members.len() && !names.is_empty() {
            format!("One of {}.", code_list(&names))
        } else {
            format!("One of {} shapes.", members.len())
        };
    }
    let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
    match schema.get("type").and_then(Value::as_str) {
        Some("string") => match format {
            "uuid" => "A UUID.",
            "date-time" => "A date and time (RFC 3339).",
            "date" => "A date (`YYYY-MM-DD`).",
            "decimal" | "money" => "A decimal amount, written as a string.",
            "binary" => "File content.",
            "byte" => "Base64-encoded bytes.",
            "email" => "An email address.",
            "uri" | "url" => "A URI.",
            "password" => "A secret text.",
            _ => "Text.",
        }
        .to_string(),
        Some("integer") => match format {
            "int32" => "A 32-bit integer.",
            _ => "An integer.",
        }
        .to_string(),
        Some("number") => match format {
            "decimal" | "money" => "A decimal amount.",
            _ => "A number.",
        }
        .to_string(),
        Some("boolean") => "`true` or `false`.".to_string(),
        Some("array") => match schema.get("items").map(|items| deref(doc, items)) {
            Some(items) if items.get("properties").is_some() => {
                format!("A list of objects with {}.", properties(items))
            }
            Some(items) => {
                let of = kind(doc, items, depth + 1);
                format!("A list; each item: {}", lowercase_first(&of))
            }
            None => "A list.".to_string(),
        },
        _ if schema.get("properties").is_some() || schema.get("allOf").is_some() => {
            let mut text = format!("An object with {}.", properties(schema));
            let required = names_of(schema, "required");
            if !required.is_empty() {
                text.push_str(&format!(" Required: {}.", code_list(&required)));
            }
            text
        }
        _ => match schema.get("additionalProperties") {
            Some(values @ Value::Object(map)) if !map.is_empty() => format!(
                "A map from names to values; each value: {}",
                lowercase_first(&kind(doc, deref(doc, values), depth + 1))
            ),
            _ => "Any JSON object.".to_string(),
        },
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if !text.starts_with("`") => first.to_lowercase().chain(chars).collect(),
        _ => text.to_string(),
    }
}

/// The property names of an object schema (its own and its `allOf` members'), as a list.
fn properties(schema: &Value) -> String {
    let names = names_of(schema, "properties");
    match names.len() {
        0 => "no named properties".to_string(),
        1 => format!("the property {}", code_list(&names)),
        _ => format!("the properties {}", code_list(&names)),
    }
}

fn names_of(schema: &Value, key: &str) -> Vec<String> {
    let mut names: Vec<String> = match schema.get(key) {
        Some(Value::Object(map)) => map.keys().cloned().collect(),
        Some(Value::Array(list)) => list
            .iter()
            .filter_map(Value::as_str)
            .map(String::from)
            .collect(),
        _ => Vec::new(),
    };
    for member in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        for name in names_of(member, key) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// Length, range and size limits.
fn limits(schema: &Value) -> Vec<String> {
    let number = |key: &str| {
        schema
            .get(key)
            .filter(|v| v.is_number())
            .map(Value::to_string)
    };
    let mut out = Vec::new();
    let range = |low: Option<String>, high: Option<String>, unit: &str| match (low, high) {
        (Some(low), Some(high)) if low == high => Some(format!("Exactly {low}{unit}.")),
        (Some(low), Some(high)) => Some(format!("From {low} to {high}{unit}.")),
        (Some(low), None) => Some(format!("At least {low}{unit}.")),
        (None, Some(high)) => Some(format!("At most {high}{unit}.")),
        (None, None) => None,
    };
    out.extend(range(
        number("minLength"),
        number("maxLength"),
        " characters",
    ));
    out.extend(range(number("minItems"), number("maxItems"), " items"));
    let exclusive = |key: &str| schema.get(key).and_then(Value::as_bool) == Some(true);
    match (number("minimum"), number("maximum")) {
        (low, high) if exclusive("exclusiveMinimum") || exclusive("exclusiveMaximum") => {
            if let Some(low) = low {
                let relation = if exclusive("exclusiveMinimum") {
                    "More than"
                } else {
                    "At least"
                };
                out.push(format!("{relation} {low}."));
            }
            if let Some(high) = high {
                let relation = if exclusive("exclusiveMaximum") {
                    "Less than"
                } else {
                    "At most"
                };
                out.push(format!("{relation} {high}."));
            }
        }
        (low, high) => out.extend(range(low, high, "")),
    }
    out
}

fn example(schema: &Value) -> Option<String> {
    let value = schema.get("example")?;
    let text = match value {
        Value::String(s) => s.clone(),
        Value::Null => return None,
        other => other.to_string(),
    };
    (!text.is_empty() && text.len() <= EXAMPLE_WIDTH && !text.contains(['`', '\n', '\r']))
        .then(|| format!("Example: `{text}`."))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::describe;

    #[test]
    fn says_what_the_schema_knows() {
        let doc = json!({});
        assert_eq!(
            describe(
                &doc,
                &json!({"type": "string", "maxLength": 50, "example": "Ada"})
            ),
            "Text. At most 50 characters. Example: `Ada`."
        );
        assert_eq!(
            describe(
                &doc,
                &json!({"type": "integer", "minimum": 1, "maximum": 100})
            ),
            "An integer. From 1 to 100."
        );
        assert_eq!(
            describe(&doc, &json!({"type": "string", "enum": ["a", "b"]})),
            "One of `a` and `b`."
        );
        assert_eq!(
            describe(
                &doc,
                &json!({"type": "object", "required": ["id"], "properties": {"id": {}, "name": {}}})
            ),
            "An object with the properties `id` and `name`. Required: `id`."
        );
    }

    #[test]
    fn a_list_of_itself_ends() {
        let doc = json!({"components": {"schemas": {"Tree": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}}}});
        let text = describe(&doc, &json!({"$ref": "#/components/schemas/Tree"}));
        assert!(text.starts_with("A list; each item: a list;"), "{text}");
    }

    #[test]
    fn follows_references() {
        let doc = json!({"components": {"schemas": {"Id": {"type": "string", "format": "uuid"}}}});
        assert_eq!(
            describe(&doc, &json!({"$ref": "#/components/schemas/Id"})),
            "A UUID."
        );
    }
}
