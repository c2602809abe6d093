//! Which header parameters the client builder takes a default for. Context headers such as a
//! country or an API version repeat on many calls; setting them once on the client saves every
//! call from passing them. A header on fewer calls stays an input of those calls.

use std::collections::{BTreeMap, BTreeSet};

use super::names::setter_name;
use crate::ir::{Operation, Param, ParamLocation, Redaction, SecurityScheme, SharedHeader};

/// Decides the shared headers: a header (by name, any case) that at least a quarter of the
/// operations, and more than one, accept with one type. One per header, from its first
/// operation, in spec order. Its `ClientBuilder` setter is named like the parameter unless a
/// method of the builder has that name ([`setter_name`]; the credentials setters of `schemes`
/// too). Marks every parameter of such a header with that setter ([`Param::client_default`]),
/// on alternative media-type operations too, and sensitive when any of them is.
pub fn decide(operations: &mut [Operation], schemes: &[SecurityScheme]) -> Vec<SharedHeader> {
    let mut shared = shared_headers(operations);
    // The builder's methods beyond `setter_name`'s own list (`environment`, `timeout`, ...).
    let mut taken: BTreeSet<String> = schemes
        .iter()
        .flat_map(|s| {
            let provider = format!("{}_provider", s.method_name);
            s.credentials_setter.iter().cloned().chain([provider])
        })
        .chain(["token_url".to_string()])
        .collect();
    for header in &mut shared {
        header.setter = setter_name(&header.name, |c| !taken.contains(c));
        taken.insert(header.setter.clone());
    }
    let by_name: BTreeMap<String, &SharedHeader> = shared
        .iter()
        .map(|h| (h.wire_name.to_ascii_lowercase(), h))
        .collect();
    for p in operations.iter_mut().flat_map(|op| &mut op.params) {
        let header = match p.location {
            ParamLocation::Header => by_name.get(&p.wire_name.to_ascii_lowercase()),
            _ => None,
        };
        p.client_default = header.map(|h| h.setter.clone());
        // The client's value reaches every call that takes the header: a secret in one is a
        // secret in all, redacted in `Debug` and scrubbed from errors.
        if let Some(h) = header {
            p.sensitive = p.sensitive.or(h.sensitive);
        }
    }
    shared
}

/// The shared headers, their setters not yet named.
fn shared_headers(operations: &[Operation]) -> Vec<SharedHeader> {
    /// A header name's first parameter, how many operations take it, and whether all of them
    /// take it with that one type.
    struct Use<'a> {
        first: &'a Param,
        users: usize,
        one_type: bool,
        /// The first mark of any of its parameters: a secret stays one on the client.
        sensitive: Option<Redaction>,
    }
    let mut counted = 0;
    let mut by_name: BTreeMap<String, usize> = BTreeMap::new();
    let mut uses: Vec<Use> = Vec::new();
    // A body's other media types are methods of one operation, not operations.
    for op in operations.iter().filter(|op| op.alternative_of.is_none()) {
        counted += 1;
        let mut in_this_operation = BTreeSet::new();
        for p in op
            .params
            .iter()
            .filter(|p| p.location == ParamLocation::Header)
        {
            let key = p.wire_name.to_ascii_lowercase();
            // An operation counts once per header: by its first parameter of that name.
            if !in_this_operation.insert(key.clone()) {
                continue;
            }
            match by_name.get(&key) {
                Some(&i) => {
                    let use_ = &mut uses[i];
                    use_.users += 1;
                    use_.one_type &= p.ty == use_.first.ty
                        && p.list == use_.first.list
                        && p.name == use_.first.name;
                    use_.sensitive = use_.sensitive.or(p.sensitive);
                }
                None => {
                    by_name.insert(key, uses.len());
                    uses.push(Use {
                        first: p,
                        users: 1,
                        one_type: true,
                        sensitive: p.sensitive,
                    });
                }
            }
        }
    }
    uses.into_iter()
        .filter(|u| u.one_type && u.users > 1 && u.users * 4 >= counted)
        .map(|u| SharedHeader {
            wire_name: u.first.wire_name.clone(),
            name: u.first.name.clone(),
            setter: String::new(),
            ty: u.first.ty.clone(),
            list: u.first.list,
            docs: u.first.docs.clone(),
            sensitive: u.sensitive,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::Diagnostics;
    use crate::ir::{Api, Redaction, TypeRef};

    /// Lowers a spec of one `GET /opN` per entry of `operations`, each taking the listed
    /// headers as `(name, schema type)`; the first `X-Country` is required and documented.
    fn lower(operations: &[&[(&str, &str)]]) -> Api {
        let mut yaml = String::from("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n");
        for (i, headers) in operations.iter().enumerate() {
            yaml += &format!("  /op{i}:\n    get:\n      operationId: op{i}\n");
            yaml += "      responses: {'204': {description: ok}}\n      parameters:\n";
            yaml += "        - {name: page, in: query, schema: {type: integer}}\n";
            for (name, ty) in *headers {
                let extra = if i == 0 && *name == "X-Country" {
                    ", required: true, description: Country."
                } else {
                    ""
                };
                yaml += &format!(
                    "        - {{name: {name}, in: header, schema: {{type: {ty}}}{extra}}}\n"
                );
            }
        }
        super::super::lower_text(&yaml).0
    }

    fn shared(api: &Api) -> Vec<&str> {
        api.shared_headers
            .iter()
            .map(|h| h.wire_name.as_str())
            .collect()
    }

    #[test]
    fn a_header_on_most_operations_with_one_type_is_shared() {
        // `x-country` on the second operation is the same header: names match in any case.
        let api = lower(&[
            &[("X-Country", "string")],
            &[("x-country", "string")],
            &[("X-Country", "string")],
            &[],
        ]);
        let header = &api.shared_headers[..];
        assert_eq!(header.len(), 1, "{header:?}");
        // Taken from the first operation that has it: its spelling, names, type and docs.
        assert_eq!(
            (
                &*header[0].wire_name,
                &*header[0].name,
                &*header[0].setter,
                &header[0].ty,
                header[0].list,
                header[0].docs.description.as_deref()
            ),
            (
                "X-Country",
                "x_country",
                "x_country",
                &TypeRef::String,
                false,
                Some("Country.")
            )
        );
        // Every parameter of that header has a client default, the query parameters do not.
        let marked: Vec<(&str, &str, &str)> = api
            .operations
            .iter()
            .flat_map(|op| op.params.iter().map(move |p| (op, p)))
            .filter_map(|(op, p)| {
                let setter = p.client_default.as_deref()?;
                Some((op.id.as_str(), p.wire_name.as_str(), setter))
            })
            .collect();
        assert_eq!(
            marked,
            [
                ("op0", "X-Country", "x_country"),
                ("op1", "x-country", "x_country"),
                ("op2", "X-Country", "x_country")
            ]
        );
    }

    #[test]
    fn a_header_on_few_operations_is_not_shared() {
        let mut operations: Vec<&[(&str, &str)]> = vec![&[("X-Trace", "string")]; 2];
        operations.extend([&[][..]; 6]);
        // Two operations of eight: a quarter, shared.
        assert_eq!(shared(&lower(&operations)), ["X-Trace"]);
        // Two of nine: under a quarter, an input of those calls.
        operations.push(&[]);
        assert!(shared(&lower(&operations)).is_empty());
        // On every operation, but the only one: a header of a single call is its input.
        assert!(shared(&lower(&[&[("X-Trace", "string")]])).is_empty());
    }

    #[test]
    fn a_header_with_two_types_is_not_shared() {
        let one_type: &[&[(&str, &str)]] = &[
            &[("X-Country", "string"), ("X-Version", "string")],
            &[("X-Country", "string"), ("X-Version", "string")],
        ];
        assert_eq!(shared(&lower(one_type)), ["X-Country", "X-Version"]);
        let api = lower(&[
            &[("X-Country", "string"), ("X-Version", "string")],
            &[("X-Country", "string"), ("X-Version", "integer")],
        ]);
        assert_eq!(shared(&api), ["X-Country"]);
        assert!(api
            .operations
            .iter()
            .flat_map(|op| &op.params)
            .all(|p| p.client_default.is_some() == (p.wire_name == "X-Country")));
    }

    #[test]
    fn a_client_setter_never_takes_a_name_the_builder_has() {
        // `retry` is the builder's retry policy, `signature` the credentials setter of the
        // signature scheme below: both headers get `set_` setters, on the client and in the
        // calls' docs alike.
        let headers: &[(&str, &str)] = &[("Retry", "string"), ("Signature", "string")];
        let mut api = lower(&[headers, headers]);
        let setters: Vec<(&str, &str)> = api
            .shared_headers
            .iter()
            .map(|h| (h.wire_name.as_str(), h.setter.as_str()))
            .collect();
        assert_eq!(
            setters,
            [("Retry", "set_retry"), ("Signature", "signature")]
        );

        let yaml = r##"
openapi: 3.0.3
info: {title: t, version: '1'}
components:
  securitySchemes:
    hmac:
      type: apiKey
      in: header
      name: X-Key
      x-signature: {header: X-Sign, message: "{body}", key: secret}
paths: {}
"##;
        let (loaded, _) =
            crate::load::load_str(yaml, Diagnostics::new(std::path::Path::new("t.yaml")))
                .unwrap_or_else(|d| panic!("{d}"));
        let mut diagnostics = Diagnostics::new(std::path::Path::new("t.yaml"));
        let schemes = super::super::auth::lower_schemes(&loaded.raw, &mut diagnostics);
        assert_eq!(schemes[0].credentials_setter.as_deref(), Some("signature"));
        let shared = super::decide(&mut api.operations, &schemes);
        let setters: Vec<&str> = shared.iter().map(|h| h.setter.as_str()).collect();
        assert_eq!(setters, ["set_retry", "set_signature"]);
        assert!(api
            .operations
            .iter()
            .flat_map(|op| &op.params)
            .filter(|p| p.wire_name == "Signature")
            .all(|p| p.client_default.as_deref() == Some("set_signature")));
    }

    #[test]
    fn a_header_sensitive_on_one_operation_is_sensitive_on_the_client_and_every_call() {
        let yaml = r##"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      operationId: getA
      parameters: [{name: X-Token, in: header, schema: {type: string}}]
      responses: {'204': {description: ok}}
  /b:
    get:
      operationId: getB
      parameters: [{name: X-Token, in: header, schema: {type: string}, x-sensitive: true}]
      responses: {'204': {description: ok}}
"##;
        let (api, _) = super::super::lower_text(yaml);
        assert_eq!(api.shared_headers[0].sensitive, Some(Redaction::Full));
        let marks: Vec<Option<Redaction>> = api
            .operations
            .iter()
            .flat_map(|op| &op.params)
            .map(|p| p.sensitive)
            .collect();
        assert_eq!(marks, [Some(Redaction::Full), Some(Redaction::Full)]);
    }
}
