//! Sensitive fields (`x-sensitive`, `format: password`) of every vendor, pinned: a mark cannot
//! be dropped unnoticed, and a property whose name looks sensitive must be marked or listed
//! here as reviewed, so a new card or credential field cannot go unmarked silently.

use paygen_codegen::ir::{Api, Redaction, TypeKind};
use paygen_tests::{root, vendors};

/// `Type.property` (Rust type name, wire name) and the rule, per vendor.
const MARKED: &[(&str, &[&str])] = &[
    (
        "arise",
        &[
            "AchDetailsDto.customerAccountNumber true",
            "AchDetailsDto.customerRoutingNumber true",
            "AchDetailsDto.taxId true",
            "AddCustomerAchAccountRequest.accountNumber true",
            "AddCustomerAchAccountRequest.routingNumber true",
            "AddCustomerAchAccountRequest.taxId true",
            "AddCustomerCardRequest.pan last4",
            "AddCustomerCardRequest.securityCode true",
            "AuthorizeTransactionRequest.accountNumber last4",
            "AuthorizeTransactionRequest.securityCode true",
            "AuthorizeTransactionRequest.track1 true",
            "AuthorizeTransactionRequest.track2 true",
            "AuthorizeTransactionRequest.emvTags true",
            "AuthorizeTransactionRequest.pin true",
            "CreateAchCreditRequest.routingNumber true",
            "CreateAchCreditRequest.accountNumber true",
            "CreateAchCreditRequest.taxId true",
            "CreateAchDebitRequest.routingNumber true",
            "CreateAchDebitRequest.accountNumber true",
            "CreateAchDebitRequest.taxId true",
            "CreateCustomerPaymentMethodAchAccountDto.accountNumber true",
            "CreateCustomerPaymentMethodAchAccountDto.routingNumber true",
            "CreateCustomerPaymentMethodAchAccountDto.taxId true",
            "CreateCustomerPaymentMethodCardDto.pan last4",
            "CreateCustomerPaymentMethodCardDto.securityCode true",
            "CreateMerchantApiKeyResponse.clientSecret true",
            "CreateSaleRequest.accountNumber last4",
            "CreateSaleRequest.securityCode true",
            "CreateSaleRequest.track1 true",
            "CreateSaleRequest.track2 true",
            "CreateSaleRequest.emvTags true",
            "CreateSaleRequest.pin true",
            "CreateTapToPayJwtResponse.jwtToken true",
            "CustomerDto.panMask last4",
            "CustomerPaymentMethodAchAccountDto.accountNumber true",
            "CustomerPaymentMethodAchAccountDto.routingNumber true",
            "CustomerPaymentMethodAchAccountDto.taxId true",
            "CustomerPaymentMethodCardDto.panMask last4",
            "ElectronicCheckDetails.customerAccountNumber true",
            "ElectronicCheckDetails.customerRoutingNumber true",
            "ElectronicCheckDetails.taxId true",
            "GetCustomerPaymentMethodsResponse.panMask last4",
            "GetCustomerPaymentMethodsResponse.accountNumber true",
            "GetCustomerPaymentMethodsResponse.routingNumber true",
            "GetCustomerPaymentMethodsResponse.taxId true",
            "GetIsvTransactionsResponse.customerPan last4",
            "GetPaymentSessionTransactionDetails.customerPan last4",
            "GetTransactionResponse.customerPan last4",
            "RefundTransactionRequest.track1 true",
            "RefundTransactionRequest.track2 true",
            "RefundTransactionRequest.emvTags true",
            "RefundTransactionRequest.pin true",
            "RefundWithoutReferenceRequest.accountNumber last4",
            "RefundWithoutReferenceRequest.securityCode true",
            "RefundWithoutReferenceRequest.track1 true",
            "RefundWithoutReferenceRequest.track2 true",
            "RefundWithoutReferenceRequest.emvTags true",
            "RefundWithoutReferenceRequest.pin true",
            "SubmitInvoiceAchPaymentRequest.routingNumber true",
            "SubmitInvoiceAchPaymentRequest.accountNumber true",
            "SubmitInvoiceCardPaymentRequest.accountNumber last4",
            "SubmitInvoiceCardPaymentRequest.securityCode true",
            "TokenRequest.client_secret true",
            "TokenResponse.access_token true",
            "TokenResponse.refresh_token true",
            "TransactionReceiptDto.customerPan last4",
            "TransactionResponseDetailsDto.maskedPan last4",
        ],
    ),
    (
        "aurpay",
        &["ApiKey.access_token true", "ApiKeyRequest.password true"],
    ),
    (
        "raise",
        &[
            "AuthMethodAttributes.qr_code_image true",
            "AuthTokenAttributes.token true",
            "AuthTokenRequestAttributes.code true",
            "AuthTokenRequestAttributes.signed_nonce true",
            "CardAttributes.number true",
            "CardAttributes.csc true",
            "CardAttributes.url true",
            "CardAttributes.barcode true",
            "TokenAttributes.access_token true",
            "TransactionCard.number true",
            "TransactionCard.csc true",
            "TransactionCard.url true",
            "TransactionCard.barcode true",
        ],
    ),
    (
        "rise-crm",
        &[
            "PasswordGrantRequest.client_secret true",
            "PasswordGrantRequest.password true",
            "RefreshTokenGrantRequest.client_secret true",
            "RefreshTokenGrantRequest.refresh_token true",
            "TokenResponse.access_token true",
            "TokenResponse.refresh_token true",
        ],
    ),
    (
        "sdk-finance",
        &[
            "AuthorizationConfirmRequest.otp true",
            "AuthorizationToken.token true",
            "BankInfo.bankAccountNumber true",
            "BankInfo.iban true",
            "BankOperationProcess.iban true",
            "BankOperationRequest.bankAccountNumber true",
            "BankOperationRequest.iban true",
            "BankTopUpRequestCreateRequest.bankAccountNumber true",
            "BankTopUpRequestCreateRequest.iban true",
            "CommissionCalculateRequest.bankAccountNumber true",
            "CommissionCalculateRequest.iban true",
            "LoginRequest.password true",
            "RegistrationConfirmRequest.otp true",
            "RegistrationConfirmRequest.password true",
            "SmartCard.cardNumber last4",
            "SmartCard.cvv true",
            "UserFilter.iban true",
            "UserFilter.virtualAccountNumber true",
        ],
    ),
];

/// Properties whose names look sensitive but are not, per vendor, with why. An entry is a
/// wire name (every property of that name) or `Type.property`.
const REVIEWED: &[(&str, &[(&str, &str)])] = &[
    (
        "arise",
        &[
            (
                "pinKsn",
                "DUKPT key serial number: sent in the clear by design, not a key",
            ),
            ("cardTokenType", "which kind of card token, an enum"),
            ("tokenName", "the label of an API key, not the key"),
            ("apiKeyName", "the label of an API key, not the key"),
            (
                "ListMerchantApiKeysResponse.tokens",
                "merchant id, label, client id and date of each key; no secret",
            ),
            ("TokenResponse.token_type", "always `Bearer`"),
            ("KeyValuePair.key", "the name of an EMV tag on a receipt"),
            (
                "GetTerminalStatusResponse.debitPinKey",
                "an enum, `Injected` or `Missing`: whether a key is loaded",
            ),
            ("GetTerminalStatusResponse.debitPinKeyId", "an integer id"),
            ("GetInvoice*.number", "the invoice number"),
            ("Product.code", "the merchant's product code"),
            ("TransactionProductDto.code", "the merchant's product code"),
            ("StateDto.code", "a USPS state code"),
            ("SettleTransactionsResponse.code", "an outcome code"),
            (
                "TransactionResponseDetailsDto.code",
                "the outcome: Approve, Decline or Error",
            ),
        ],
    ),
    (
        "aurpay",
        &[
            ("*Response.code", "the result code of the response envelope"),
            ("ErrorEnvelope.code", "the error code of the envelope"),
        ],
    ),
    (
        "raise",
        &[
            (
                "AuthMethodAttributes.nonce",
                "the challenge the server hands out; only its signature proves the key",
            ),
            (
                "AuthTokenAttributes.nonce",
                "the challenge the server hands out; only its signature proves the key",
            ),
            ("ErrorObject.code", "an error code"),
        ],
    ),
    (
        "rise-crm",
        &[("TokenResponse.token_type", "always `Bearer`")],
    ),
    (
        "sdk-finance",
        &[
            (
                "AuthorizationResponse.authorizationToken",
                "an `AuthorizationToken`, whose `token` is marked",
            ),
            (
                "AuthorizedMember.token",
                "an `AuthorizationToken`, whose `token` is marked",
            ),
            ("Currency*.code", "a currency code"),
            ("ErrorResponse.code", "an error code"),
            ("ErrorParameter.key", "the name of the parameter in error"),
        ],
    ),
];

/// Words (of a camelCase or snake_case name, trailing digits dropped) that make a name look
/// sensitive.
const WORDS: &[&str] = &[
    "cvv",
    "cvc",
    "csc",
    "pin",
    "track",
    "password",
    "passwd",
    "passcode",
    "secret",
    "token",
    "otp",
    "totp",
    "nonce",
    "key",
    "pan",
    "iban",
    "signature",
    "jwt",
    "ssn",
    "credential",
    "credentials",
];

/// Words before `code` that make it a secret code (`securityCode`, `sms_code`); a bare `code` is
/// one too. Postal, currency, response and approval codes are not.
const SECRET_CODES: &[&str] = &[
    "security",
    "verification",
    "sms",
    "otp",
    "confirmation",
    "activation",
    "access",
    "pass",
    "recovery",
    "backup",
    "card",
];

/// Pieces of the lower-cased name, `_` and `-` removed, that make it look sensitive.
const PIECES: &[&str] = &[
    "password",
    "secret",
    "token",
    "cardnumber",
    "accountnumber",
    "routing",
    "barcode",
    "taxid",
    "apikey",
    "privatekey",
];

fn words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut previous_lower = false;
    for c in name.chars() {
        if !c.is_ascii_alphanumeric() {
            previous_lower = false;
            out.push(std::mem::take(&mut word));
            continue;
        }
        if c.is_ascii_uppercase() && previous_lower {
            out.push(std::mem::take(&mut word));
        }
        previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        word.push(c.to_ascii_lowercase());
    }
    out.push(word);
    out.into_iter()
        .map(|w| w.trim_end_matches(|c: char| c.is_ascii_digit()).to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// True when a property name looks like it holds a secret, a card or account datum.
fn looks_sensitive(name: &str) -> bool {
    let flat: String = name
        .to_ascii_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    let words = words(name);
    let secret_code = words.iter().enumerate().any(|(i, w)| {
        w == "code" && (words.len() == 1 || i > 0 && SECRET_CODES.contains(&words[i - 1].as_str()))
    });
    name == "number"
        || secret_code
        || PIECES.iter().any(|piece| flat.contains(piece))
        || words.iter().any(|w| WORDS.contains(&w.as_str()))
}

/// True when a reviewed entry (`name`, `Type.name`, or `Type*.name` for every type whose name
/// starts and ends as given) covers the property.
fn covers(entry: &str, path: &str, wire: &str) -> bool {
    let Some((types, property)) = entry.split_once('.') else {
        return entry == wire;
    };
    let Some((type_name, _)) = path.split_once('.') else {
        return false;
    };
    property == wire
        && match types.split_once('*') {
            Some((start, end)) => {
                type_name.len() >= start.len() + end.len()
                    && type_name.starts_with(start)
                    && type_name.ends_with(end)
            }
            None => types == type_name,
        }
}

fn lower(vendor: &str) -> Api {
    let spec = root().join("specs").join(format!("{vendor}.yaml"));
    let (api, _) = paygen_codegen::lower_file(&spec, &format!("{vendor}-client"))
        .unwrap_or_else(|d| panic!("{vendor}: {d}"));
    api
}

/// Every struct property (`Type.property`), every sensitive union variant (`Type::Variant`) and
/// every operation parameter (`operationId(name)`), with its wire name and mark.
fn properties(api: &Api) -> Vec<(String, String, Option<Redaction>)> {
    let mut out = Vec::new();
    for def in &api.types {
        if let TypeKind::Struct(s) = &def.kind {
            for field in &s.fields {
                out.push((
                    format!("{}.{}", def.name, field.wire_name),
                    field.wire_name.clone(),
                    field.sensitive,
                ));
            }
        }
        if let TypeKind::Union(u) = &def.kind {
            for v in u.variants.iter().filter(|v| v.sensitive.is_some()) {
                out.push((
                    format!("{}::{}", def.name, v.name),
                    v.name.clone(),
                    v.sensitive,
                ));
            }
        }
    }
    // Parameters too, as `operationId(name)`.
    for op in &api.operations {
        for p in &op.params {
            out.push((
                format!("{}({})", op.id, p.wire_name),
                p.wire_name.clone(),
                p.sensitive,
            ));
        }
    }
    out
}

fn rule(mark: Redaction) -> &'static str {
    match mark {
        Redaction::Full => "true",
        Redaction::Last4 => "last4",
    }
}

fn table<T: Copy>(list: &[(&str, T)], vendor: &str) -> T {
    list.iter()
        .find(|(v, _)| *v == vendor)
        .map(|(_, t)| *t)
        .unwrap_or_else(|| panic!("{vendor} is missing from the table"))
}

#[test]
fn each_vendors_sensitive_fields_are_pinned() {
    let mut failures = Vec::new();
    for vendor in vendors() {
        let api = lower(&vendor);
        let actual: Vec<String> = properties(&api)
            .into_iter()
            .filter_map(|(path, _, mark)| mark.map(|m| format!("{path} {}", rule(m))))
            .collect();
        let pinned: Vec<String> = table(MARKED, &vendor)
            .iter()
            .map(|s| s.to_string())
            .collect();
        if actual != pinned {
            failures.push(format!(
                "{vendor}: sensitive fields changed; now:\n{}",
                actual
                    .iter()
                    .map(|l| format!("        \"{l}\","))
                    .collect::<Vec<_>>()
                    .join("\n")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_property_that_looks_sensitive_is_marked_or_reviewed() {
    let mut failures = Vec::new();
    for vendor in vendors() {
        let api = lower(&vendor);
        let reviewed = table(REVIEWED, &vendor);
        let mut used = vec![false; reviewed.len()];
        for (path, wire, mark) in properties(&api) {
            if mark.is_some() || !looks_sensitive(&wire) {
                continue;
            }
            match reviewed
                .iter()
                .position(|(entry, _)| covers(entry, &path, &wire))
            {
                Some(i) => used[i] = true,
                None => failures.push(format!(
                    "{vendor}: `{path}` looks sensitive: mark it `x-sensitive` in specs/{vendor}.yaml or list it as reviewed"
                )),
            }
        }
        for ((entry, _), used) in reviewed.iter().zip(used) {
            if !used {
                failures.push(format!(
                    "{vendor}: reviewed entry `{entry}` matches no unmarked property; remove it"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_name_pattern_catches_card_and_credential_names() {
    assert!(covers("*Response.code", "OrderResponse.code", "code"));
    assert!(covers("Currency*.code", "CurrencyShort.code", "code"));
    assert!(!covers("Currency*.code", "VerifyRequest.code", "code"));
    assert!(covers("pinKsn", "CreateSaleRequest.pinKsn", "pinKsn"));
    for name in [
        "cardNumber",
        "card_number",
        "pan",
        "customerPan",
        "cvv",
        "securityCode",
        "pin",
        "pinBlock",
        "track2",
        "password",
        "newPassword",
        "client_secret",
        "access_token",
        "otp",
        "signed_nonce",
        "apiKey",
        "private_key",
        "accountNumber",
        "routingNumber",
        "number",
        "taxId",
        "code",
        "sms_code",
        "cardSecurityCode",
    ] {
        assert!(looks_sensitive(name), "{name}");
    }
    for name in [
        "amount",
        "spinner",
        "pending",
        "company",
        "keyboard_layout",
        "phoneNumber",
        "postalCode",
        "currency_code",
        "authCode",
        "codeDescription",
    ] {
        assert!(!looks_sensitive(name), "{name}");
    }
}

/// Each crate's README has a Security section listing every type with a redacted field.
#[test]
fn each_readme_lists_its_redacted_types() {
    for vendor in vendors() {
        let generated = paygen_tests::generate_vendor(&vendor);
        let readme = &generated.files["README.md"];
        let security = readme
            .split("## Security")
            .nth(1)
            .and_then(|rest| rest.split("\n## ").next())
            .unwrap_or_else(|| panic!("{vendor}: README has no Security section"));
        for entry in table(MARKED, &vendor) {
            let type_name = entry.split('.').next().unwrap_or_default();
            assert!(
                security.contains(&format!("| `{type_name}` |")),
                "{vendor}: `{type_name}` missing from the README's Security section"
            );
        }
        assert!(security.contains("**Where credentials go.**"), "{vendor}");
    }
}

/// A mark other than `true`, `false` or `last4` is an error at its pointer, not a guess.
#[test]
fn an_unknown_mark_is_an_error_with_a_pointer() {
    let spec = r#"openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Card:
      type: object
      properties:
        number: {type: string, x-sensitive: first6}
        pin: {type: string, x-sensitive: true}
"#;
    let path = std::env::temp_dir().join(format!("paygen-sensitive-{}.yaml", std::process::id()));
    std::fs::write(&path, spec).unwrap();
    let result = paygen_codegen::lower_file(&path, "t");
    std::fs::remove_file(&path).ok();
    let diagnostics = result.expect_err("an unknown mark fails");
    let text = diagnostics.to_string();
    assert!(
        text.contains(
            "#/components/schemas/Card/properties/number/x-sensitive: x-sensitive must be `true`, `false` or `last4`"
        ),
        "{text}"
    );
}
