//! Generated fixture code at runtime: what the wire sees and what comes back.

use fixture_breadth::models::{ItemPatch, Level, PaymentMethod, Status, Voucher};
use fixture_types::models::{Kind, Pet, Size};
use paygen_runtime::{Decimal, Nullable};
use serde_json::{json, Value};

fn round_trip<T: paygen_runtime::serde::Serialize + paygen_runtime::serde::de::DeserializeOwned>(
    wire: &Value,
) -> (T, Value) {
    let value: T = serde_json::from_value(wire.clone()).expect("decodes");
    let back = serde_json::to_value(&value).expect("encodes");
    (value, back)
}

#[test]
fn string_enums_keep_unknown_values() {
    let (kind, back): (Kind, _) = round_trip(&json!("hamster"));
    assert_eq!(kind, Kind::Unknown("hamster".into()));
    assert_eq!(back, json!("hamster"));
    let (kind, _): (Kind, _) = round_trip(&json!("guinea-pig"));
    assert_eq!(kind, Kind::GuineaPig);
    // Values that collide after case conversion stay distinct.
    let (kind, back): (Kind, _) = round_trip(&json!("Dog"));
    assert_eq!((kind, back), (Kind::Dog2, json!("Dog")));
    let all: Vec<Status> =
        serde_json::from_value(json!(["active", "Active", "ACTIVE", "", "unknown", "über"]))
            .unwrap();
    assert_eq!(
        all,
        [
            Status::Active,
            Status::Active2,
            Status::Active3,
            Status::Empty,
            Status::UnknownValue,
            Status::Uber
        ]
    );
    assert_eq!(
        serde_json::to_value(&all).unwrap(),
        json!(["active", "Active", "ACTIVE", "", "unknown", "über"])
    );
}

#[test]
fn integer_enums_keep_unknown_values_and_take_given_names() {
    let (size, back): (Size, _) = round_trip(&json!(2));
    assert_eq!((size, back), (Size::Medium, json!(2)));
    let (size, back): (Size, _) = round_trip(&json!(42));
    assert_eq!((size, back), (Size::Unknown(42), json!(42)));
    let (level, back): (Level, _) = round_trip(&json!(-1));
    assert_eq!((level, back), (Level::Negative, json!(-1)));
    assert!(
        serde_json::from_value::<Size>(json!("2")).is_err(),
        "a string is not an integer enum value"
    );
}

#[test]
fn nullable_optional_fields_have_three_states() {
    for wire in [
        json!({}),
        json!({"note": null}),
        json!({"note": "x"}),
        json!({"amount": null, "due": "2024-02-30"}),
    ] {
        let (_, back): (ItemPatch, _) = round_trip(&wire);
        assert_eq!(back, wire);
    }
    let absent: ItemPatch = serde_json::from_value(json!({})).unwrap();
    assert!(absent.note.is_absent());
    let null: ItemPatch = serde_json::from_value(json!({"note": null})).unwrap();
    assert!(null.note.is_null());
    let patch = ItemPatch::new().note("hello").clear_amount();
    assert_eq!(
        serde_json::to_value(&patch).unwrap(),
        json!({"note": "hello", "amount": null})
    );
    assert_eq!(patch.note, Nullable::Value("hello".to_string()));
}

#[test]
fn tagged_unions_pick_the_variant_by_tag_and_keep_the_tag() {
    let card = json!({"type": "card", "last4": "4242", "amount": 10.25});
    let (method, back): (PaymentMethod, _) = round_trip(&card);
    let PaymentMethod::Card(inner) = &method else {
        panic!("not a card: {method:?}")
    };
    assert_eq!(inner.type_, "card");
    assert_eq!(inner.amount, Some("10.25".parse::<Decimal>().unwrap()));
    assert_eq!(back, card);
    // A second mapping value selects the same variant.
    let (method, _): (PaymentMethod, _) = round_trip(&json!({"type": "credit_card", "last4": "1"}));
    assert!(matches!(method, PaymentMethod::Card(_)));
    let (method, back): (PaymentMethod, _) =
        round_trip(&json!({"type": "bank_account", "iban": "DE00"}));
    assert!(matches!(method, PaymentMethod::Bank(_)));
    assert_eq!(back, json!({"type": "bank_account", "iban": "DE00"}));
    // Without a mapping entry the schema name is the tag; a struct without the property gets it
    // back when written.
    let (method, back): (PaymentMethod, _) =
        round_trip(&json!({"type": "Wallet", "provider": "x"}));
    assert!(matches!(method, PaymentMethod::Wallet(_)));
    assert_eq!(back, json!({"type": "Wallet", "provider": "x"}));
    // A variant whose type declares the tag as optional: an unset tag is filled in on write,
    // a set one is kept.
    let voucher = PaymentMethod::Voucher(Voucher {
        type_: None,
        code: "V-1".into(),
    });
    assert_eq!(
        serde_json::to_value(&voucher).unwrap(),
        json!({"type": "Voucher", "code": "V-1"})
    );
    let (method, back): (PaymentMethod, _) = round_trip(&json!({"type": "Voucher", "code": "V-2"}));
    assert!(matches!(method, PaymentMethod::Voucher(_)));
    assert_eq!(back, json!({"type": "Voucher", "code": "V-2"}));
    // Unknown tags keep the object as sent.
    let crypto = json!({"type": "crypto", "chain": "btc"});
    let (method, back): (PaymentMethod, _) = round_trip(&crypto);
    assert_eq!(method, PaymentMethod::Unknown(crypto.clone()));
    assert_eq!(back, crypto);
    // A known tag with a wrong shape is an error, not a silent fallback.
    assert!(serde_json::from_value::<PaymentMethod>(json!({"type": "card"})).is_err());
}

#[test]
fn tagged_unions_keep_decimal_digits_from_text() {
    let text = r#"{"type":"card","last4":"1","amount":0.100000000000000000000000001}"#;
    let method: PaymentMethod = serde_json::from_str(text).unwrap();
    let PaymentMethod::Card(card) = method else {
        panic!("not a card")
    };
    assert_eq!(
        card.amount.unwrap().to_string(),
        "0.100000000000000000000000001"
    );
}

#[test]
fn untagged_unions_try_the_most_specific_shape_first() {
    use fixture_breadth::models::Contact;
    let phone: Contact =
        serde_json::from_value(json!({"country": "DE", "number": "1", "title": "x"})).unwrap();
    assert!(matches!(phone, Contact::Phone(_)), "{phone:?}");
    let problem: Contact = serde_json::from_value(json!({"title": "x"})).unwrap();
    assert!(matches!(problem, Contact::Problem(_)), "{problem:?}");
    let email: Contact = serde_json::from_value(json!("a@b.c")).unwrap();
    assert_eq!(email, Contact::Email("a@b.c".into()));
}

#[test]
fn decimals_read_numbers_and_strings_and_write_the_spec_form() {
    let pet = json!({
        "id": "5f0c6d52-8f4a-4a47-9d59-3b0d1b1e3a01", "name": "Rex", "kind": "dog",
        "price": "12.50", "fee": 0.3
    });
    let (pet, back): (Pet, _) = round_trip(&pet);
    assert_eq!(pet.price.to_string(), "12.50");
    assert_eq!(back["price"], json!(12.50), "number form");
    assert_eq!(back["fee"], json!("0.3"), "string form");
    let exact: Pet = serde_json::from_str(
        r#"{"id":"5f0c6d52-8f4a-4a47-9d59-3b0d1b1e3a01","name":"R","kind":"cat","price":1234567890.123456789}"#,
    )
    .unwrap();
    assert_eq!(exact.price.to_string(), "1234567890.123456789");
    assert!(serde_json::to_string(&exact)
        .unwrap()
        .contains(r#""price":1234567890.123456789"#));
}

#[test]
fn dates_are_lenient_and_round_trip_unchanged() {
    let wire = json!({
        "id": "5f0c6d52-8f4a-4a47-9d59-3b0d1b1e3a01", "name": "Rex", "kind": "dog", "price": 1,
        "born": "2024-13-45", "updatedAt": "2024-05-01T10:00:00"
    });
    let (pet, back): (Pet, _) = round_trip(&wire);
    let born = pet.born.as_ref().unwrap();
    assert!(born.parsed().is_none(), "an impossible date is kept raw");
    assert_eq!(born.as_str(), "2024-13-45");
    assert!(
        pet.updated_at.as_ref().unwrap().parsed().is_some(),
        "no offset reads as UTC"
    );
    assert_eq!(back["born"], wire["born"]);
    assert_eq!(back["updatedAt"], wire["updatedAt"]);
}

#[test]
fn free_form_objects_and_maps_keep_every_property() {
    use fixture_breadth::models::Item;
    let wire = json!({
        "id": "i", "status": "active", "amount": 1, "created": "2024-01-01T00:00:00Z",
        "free": {"a": 1, "b": [true]}, "extra": {"z": null}, "metadata": {"k": "v"},
        "closed": {"a": "x", "later": 1},
        "tree": {"value": 1, "next": {"value": 2}, "children": [{"value": 3}]}
    });
    let (item, back): (Item, _) = round_trip(&wire);
    assert_eq!(item.free, Some(json!({"a": 1, "b": [true]})));
    assert_eq!(
        item.tree
            .as_ref()
            .and_then(|t| t.next.as_ref())
            .and_then(|n| n.value),
        Some(2)
    );
    let mut expected = wire.clone();
    expected["closed"] = json!({"a": "x"});
    assert_eq!(back, expected);
}

#[test]
fn a_base_schema_with_a_discriminator_decodes_as_its_subtypes() {
    use fixture_breadth::models::Pet as Animal;
    let cat = json!({"pet_type": "cat", "name": "Tom", "indoor": true});
    let (animal, back): (Animal, _) = round_trip(&cat);
    let Animal::Cat(inner) = &animal else {
        panic!("not a cat: {animal:?}")
    };
    assert_eq!((inner.name.as_str(), inner.indoor), ("Tom", Some(true)));
    assert_eq!(back, cat);
    // Found through its allOf, without a mapping entry: the schema name is the tag.
    let dog = json!({"pet_type": "Dog", "name": "Rex", "barks": false});
    let (animal, back): (Animal, _) = round_trip(&dog);
    assert!(matches!(&animal, Animal::Dog(d) if !d.barks), "{animal:?}");
    assert_eq!(back, dog);
    // A subtype of a subtype.
    let lion = json!({"pet_type": "Lion", "name": "Leo", "roar": true});
    let (animal, back): (Animal, _) = round_trip(&lion);
    assert!(
        matches!(&animal, Animal::Lion(l) if l.roar == Some(true)),
        "{animal:?}"
    );
    assert_eq!(back, lion);
    let fish = json!({"pet_type": "fish", "name": "Nemo"});
    let (animal, _): (Animal, _) = round_trip(&fish);
    assert_eq!(animal, Animal::Unknown(fish));
}

/// Serves one HTTP request on a loopback port with `body` (status 200, JSON) and hands back the
/// request's head (request line and headers) once it has been read.
fn one_request_server(body: &'static str) -> (String, std::thread::JoinHandle<String>) {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let handle = std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut reader = BufReader::new(stream);
        let mut head = String::new();
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if line.trim().is_empty() {
                break;
            }
            head.push_str(&line);
        }
        let reply = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        );
        reader.get_mut().write_all(reply.as_bytes()).unwrap();
        head
    });
    (base, handle)
}

#[tokio::test(flavor = "current_thread")]
async fn every_parameter_shape_is_written_in_its_style() {
    use fixture_params::models::{Filter, FilterOrText, NameOrId, SortBy, Window};
    let (base, server) = one_request_server(r#"{"$ref": "r", "type": "t", "enum": "e"}"#);
    let client = fixture_params::Client::builder()
        .base_url(base)
        .build()
        .unwrap();
    let window = Window::new(paygen_runtime::Date::parse("2024-01-01"))
        .to(paygen_runtime::Date::parse("2024-02-01"));
    let keywords = client
        .accounts()
        .get_account(NameOrId::String("main acct".into()))
        .sort_by(SortBy::CreatedAt)
        .owner(NameOrId::Integer(42))
        .owners(vec![NameOrId::Integer(1), NameOrId::String("b".into())])
        .filter(Filter::new().role("admin").active(true))
        .window(window.clone())
        .labels([("team".to_string(), "ops".to_string())].into())
        .extra(json!({"k": 1}))
        .anything(json!("plain"))
        .mixed(FilterOrText::String("text".into()))
        .x_context(window.clone())
        .x_owner(NameOrId::Integer(7))
        .x_file("bytes")
        .pref(SortBy::Name)
        .ctx(window)
        .send()
        .await
        .expect("the call succeeds");
    // Properties named like keywords decode as properties.
    assert_eq!(
        (keywords.ref_.as_str(), keywords.type_.as_str()),
        ("r", "t")
    );
    assert_eq!(keywords.enum_.as_deref(), Some("e"));
    let head = server.join().unwrap();
    let request_line = head.lines().next().unwrap();
    let query = request_line
        .split_once('?')
        .map(|(_, rest)| rest.trim_end_matches(" HTTP/1.1"))
        .unwrap_or_default();
    assert!(
        request_line.starts_with("GET /accounts/main%20acct?"),
        "{request_line}"
    );
    assert_eq!(
        query,
        [
            "sort_by=created_at",
            "owner=42",
            "owners=1",
            "owners=b",
            // An exploded object: one pair per property, the parameter's name unused.
            "role=admin",
            "active=true",
            // Not exploded: name=key,value,key,value.
            "window=from%2C2024-01-01%2Cto%2C2024-02-01",
            "team=ops",
            "k=1",
            "anything=plain",
            "mixed=text",
        ]
        .join("&")
    );
    let header = |name: &str| {
        head.lines()
            .find_map(|l| l.strip_prefix(&format!("{name}: ")))
            .map(str::to_string)
    };
    assert_eq!(
        header("x-context").as_deref(),
        Some("from,2024-01-01,to,2024-02-01")
    );
    assert_eq!(header("x-owner").as_deref(), Some("7"));
    assert_eq!(header("x-file").as_deref(), Some("bytes"));
    assert_eq!(
        header("cookie").as_deref(),
        Some("pref=name; ctx=from,2024-01-01,to,2024-02-01")
    );
}

#[test]
fn openapi_31_webhook_payloads_decode_into_their_types() {
    use fixture_openapi31::models::{Brand, CardReference, CardUpdatedWebhook, Status};
    let wire = json!({
        "type": "card.updated",
        "card": {
            "id": "card_1",
            "status": "frozen",
            "brand": "visa",
            "nickname": null,
            "reference": 7,
            "point": [1.5, 2.5],
            "label": ["a", 1],
            "billing": {"line1": "Main St 1", "country": "NL"},
            "metadata": {"source": "app"},
        },
        "previous": null,
    });
    let event: CardUpdatedWebhook = serde_json::from_value(wire).expect("decodes");
    assert_eq!(event.type_.as_str(), "card.updated");
    assert_eq!(event.card.status, Status::Frozen);
    assert_eq!(event.card.brand, Brand::Visa);
    assert_eq!(event.card.nickname, None);
    assert_eq!(event.card.reference, Some(CardReference::Integer(7)));
    assert_eq!(event.card.point, Some(vec![1.5, 2.5]));
    assert_eq!(event.card.label, Some(vec![json!("a"), json!(1)]));
    assert_eq!(
        event
            .card
            .billing
            .and_then(|a| a.country)
            .map(|c| c.as_str().to_string()),
        Some("NL".to_string())
    );
    assert!(event.previous.is_none());
    let by_name: CardReference = serde_json::from_value(json!("ref-9")).unwrap();
    assert_eq!(by_name, CardReference::String("ref-9".into()));
}

/// A JSON:API envelope is built from its attributes alone: the one-value `type` is filled in and
/// the wrappers convert, so the wire gets the whole document.
#[test]
fn envelopes_are_built_from_their_attributes() {
    use fixture_types::models::{ThingAttributes, ThingData, ThingRequest};
    let request = ThingRequest::from(ThingAttributes::new("Widget").weight(3));
    assert_eq!(
        serde_json::to_value(&request).unwrap(),
        json!({"data": {"type": "things", "attributes": {"name": "Widget", "weight": 3}}})
    );
    assert_eq!(
        ThingRequest::from(ThingData::new(ThingAttributes::new("Widget"))),
        ThingRequest::from(ThingAttributes::new("Widget"))
    );
    // A field whose type is a wrapper takes what it wraps as well.
    assert_eq!(
        ThingRequest::new(ThingAttributes::new("Widget")),
        ThingRequest::from(ThingAttributes::new("Widget"))
    );
}

/// An inline one-value enum is a `String` field: the constructor sets the value, the wire has
/// exactly it, and decoding takes whatever the server sends (the value may grow).
#[test]
fn one_value_fields_are_set_by_new_and_read_any_string() {
    use fixture_types::models::{ThingAttributes, ThingData};
    let data = ThingData::new(ThingAttributes::new("Widget"));
    assert_eq!(data.type_, "things");
    assert_eq!(
        serde_json::to_string(&data).unwrap(),
        r#"{"type":"things","attributes":{"name":"Widget"}}"#
    );
    let wire = json!({"type": "things", "attributes": {"name": "Widget"}});
    let (decoded, back): (ThingData, _) = round_trip(&wire);
    assert_eq!(decoded, data);
    assert_eq!(back, wire);
    let (other, back): (ThingData, _) =
        round_trip(&json!({"type": "gadgets", "attributes": {"name": "G"}}));
    assert_eq!(other.type_, "gadgets");
    assert_eq!(back["type"], "gadgets");
}

/// A field or parameter named like a method keeps a setter named like it, prefixed: `from` (a
/// `From` conversion would resolve to a setter called `from`) and the query parameter `Send`
/// (the builder's `send`). Both still reach the wire under their own names, as does `body`
/// beside the request body.
#[tokio::test(flavor = "current_thread")]
async fn setters_named_like_methods_reach_the_wire() {
    use fixture_breadth::models::GetItemsIdRange;
    let range = GetItemsIdRange::new()
        .set_from(paygen_runtime::Date::parse("2024-01-01"))
        .to(paygen_runtime::Date::parse("2024-02-01"));
    assert_eq!(
        serde_json::to_value(&range).unwrap(),
        json!({"from": "2024-01-01", "to": "2024-02-01"})
    );
    let (base, server) = one_request_server(
        r#"{"id": "i", "status": "active", "amount": 1, "created": "2024-01-01T00:00:00Z"}"#,
    );
    let client = fixture_breadth::Client::builder()
        .base_url(base)
        .build()
        .unwrap();
    client
        .items()
        .get_items_id("i")
        .range(range)
        .set_send(true)
        .body_query("b")
        .send()
        .await
        .unwrap();
    let head = server.join().unwrap();
    let line = head.lines().next().unwrap();
    for expected in ["Send=true", "range%5Bfrom%5D=2024-01-01", "body=b"] {
        assert!(line.contains(expected), "{expected} in {line}");
    }
}
