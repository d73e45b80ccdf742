//! The policy and its receipts as W3C DPV JSON-LD (`manetti_privacy_kit::dpv`): the mapping
//! table covers every value of every closed list with terms that exist in DPV 2.3, every IRI
//! of the output is absolute, each activity says what its version says (an inferred basis
//! as not stated), and a receipt becomes a record of notice only when it is valid.
//! `e2e/tests/dpv.test.mjs` checks the same files with a JSON-LD processor and RDF.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{date, shipped, value};
use manetti_privacy_core::catalog::Catalog;
use manetti_privacy_core::document::resolve;
use manetti_privacy_core::receipt::receipt;
use manetti_privacy_kit::dpv::mapping::{Dpv, Mapped};
use manetti_privacy_kit::dpv::policy::policy_jsonld;
use manetti_privacy_kit::dpv::record::{parse_record_options, receipt_record, RecordOptions};
use manetti_privacy_kit::dpv::{context, jsonld_file, BaseUrl, DEFAULT_BASE_URL};
use manetti_privacy_kit::register::register_catalog;
use manetti_privacy_model::closed::*;
use manetti_privacy_model::{Provenance, Version};
use serde_json::Value;
use std::collections::HashSet;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The vendored DPV 2.3 term lists, as full IRIs.
fn vendored_terms() -> HashSet<String> {
    let mut terms = HashSet::new();
    for (file, namespace) in [
        ("dpv-terms.txt", "https://w3id.org/dpv#"),
        ("pd-terms.txt", "https://w3id.org/dpv/pd#"),
        ("eu-gdpr-terms.txt", "https://w3id.org/dpv/legal/eu/gdpr#"),
        ("legal-eu-terms.txt", "https://w3id.org/dpv/legal/eu#"),
    ] {
        let text = std::fs::read_to_string(root().join("vocab/dpv").join(file)).unwrap();
        terms.extend(text.lines().map(|name| format!("{namespace}{name}")));
    }
    assert!(terms.len() > 1500, "{} terms", terms.len());
    terms
}

/// A compact IRI (`dpv:Process`) expanded by the inline context; anything else as it is.
fn expand(iri: &str) -> String {
    let context = context();
    if let Some((prefix, rest)) = iri.split_once(':') {
        if let Some(Value::String(namespace)) = context.get(prefix) {
            return format!("{namespace}{rest}");
        }
    }
    iri.to_string()
}

/// The namespaces whose terms must be in the vendored lists.
const DPV_NAMESPACES: [&str; 4] = [
    "https://w3id.org/dpv#",
    "https://w3id.org/dpv/pd#",
    "https://w3id.org/dpv/legal/eu/gdpr#",
    "https://w3id.org/dpv/legal/eu#",
];

fn is_dpv(iri: &str) -> bool {
    DPV_NAMESPACES.iter().any(|ns| iri.starts_with(ns))
}

// ---------------------------------------------------------------------------------------------
// The mapping table.

/// Every row of one closed list, `T::ALL`: `(id, row)`.
fn rows<T: Mapped>(all: &[T]) -> Vec<(&'static str, Dpv)> {
    all.iter().map(|v| (v.id(), v.dpv())).collect()
}

/// Every closed list of the model, by name, with its rows.
fn every_list() -> Vec<(&'static str, Vec<(&'static str, Dpv)>)> {
    vec![
        ("Category", rows(Category::ALL)),
        ("Purpose", rows(Purpose::ALL)),
        ("Recipient", rows(Recipient::ALL)),
        ("Retention", rows(Retention::ALL)),
        ("Audience", rows(Audience::ALL)),
        ("Fact", rows(Fact::ALL)),
        ("Source", rows(Source::ALL)),
        ("TransferBasis", rows(TransferBasis::ALL)),
        ("Basis", rows(Basis::ALL)),
        ("DataSubject", rows(DataSubject::ALL)),
        ("Condition", rows(Condition::ALL)),
        ("ListKind", rows(ListKind::ALL)),
        ("ControllerFact", rows(ControllerFact::ALL)),
    ]
}

/// The names of the closed lists that `crates/model/src/closed.rs` defines
/// (`closed_list!(… Name, "prefix-" {`).
fn closed_lists_in_the_model() -> Vec<String> {
    let text = std::fs::read_to_string(root().join("crates/model/src/closed.rs")).unwrap();
    let mut names = Vec::new();
    let mut after_macro = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with("closed_list!(") {
            after_macro = true;
        } else if after_macro && !line.starts_with("///") {
            let name = line.split(',').next().unwrap().trim();
            names.push(name.to_string());
            after_macro = false;
        }
    }
    names
}

#[test]
fn every_closed_list_of_the_model_is_in_the_mapping_table() {
    let mapped: Vec<String> = every_list().iter().map(|(n, _)| n.to_string()).collect();
    let in_model = closed_lists_in_the_model();
    assert_eq!(in_model.len(), 13, "{in_model:?}");
    assert_eq!(mapped, in_model);
}

#[test]
fn every_value_of_every_closed_list_has_a_row_with_terms_that_exist_in_dpv() {
    let terms = vendored_terms();
    // Written to DPV only through other fields, or not at all.
    let not_written = ["Audience", "Fact", "Condition", "ListKind"];
    let mut values = 0;
    for (list, rows) in every_list() {
        assert!(!rows.is_empty(), "{list}");
        let mut exact = Vec::new();
        for (id, row) in rows {
            values += 1;
            for term in row.terms() {
                let iri = expand(term);
                assert!(
                    terms.contains(&iri),
                    "{list} {id}: {term} is not in DPV 2.3"
                );
            }
            match row {
                // Two values of a list as one DPV term would be one RDF triple, not two
                // (the controller's facts name properties, which several facts share).
                Dpv::Is(term) if list != "ControllerFact" => {
                    assert!(!exact.contains(&term), "{list}: two values are {term}");
                    exact.push(term);
                }
                Dpv::Is(_) => {}
                Dpv::Under(terms, _) => assert!(!terms.is_empty(), "{list} {id}"),
                Dpv::Missing(applicability, note) => {
                    assert!(
                        ["dpv:NotAvailable", "dpv:UnknownApplicability"].contains(&applicability),
                        "{list} {id}"
                    );
                    assert!(note.starts_with("No DPV concept"), "{list} {id}: {note}");
                    assert_eq!(
                        id, "not-stated",
                        "{list}: only what is not stated is missing"
                    );
                }
                Dpv::NotWritten(note) => assert!(!note.is_empty(), "{list} {id}"),
            }
            assert_eq!(
                matches!(row, Dpv::NotWritten(_)),
                not_written.contains(&list),
                "{list} {id}"
            );
        }
    }
    assert!(values > 100, "{values} values");
}

// ---------------------------------------------------------------------------------------------
// The policy's JSON-LD.

fn register() -> &'static Catalog {
    static REGISTER: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    REGISTER.get_or_init(|| register_catalog().unwrap())
}

fn today() -> manetti_privacy_model::date::Date {
    date("2026-12-08")
}

fn policy(version: &Version, locale: &str, base: &BaseUrl) -> Value {
    let catalog = register();
    let locale = catalog.locale("locale", locale).unwrap();
    let text = policy_jsonld(catalog, version, locale, base, today()).unwrap();
    assert!(text.ends_with("}\n"));
    serde_json::from_str(&text).unwrap()
}

/// Every IRI of a JSON-LD document: `@id` values, `@type` values, keys that are not keywords,
/// and the datatypes of literals, each expanded by the inline context.
fn iris(doc: &Value) -> Vec<String> {
    fn walk(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            Value::Object(map) => {
                for (key, v) in map {
                    match key.as_str() {
                        "@context" => {}
                        "@id" => out.push(expand(v.as_str().unwrap())),
                        "@type" => match v {
                            Value::String(t) => out.push(expand(t)),
                            Value::Array(ts) => {
                                out.extend(ts.iter().map(|t| expand(t.as_str().unwrap())))
                            }
                            other => panic!("@type {other}"),
                        },
                        "@value" | "@language" | "@graph" => walk(v, out),
                        _ => {
                            assert!(!key.starts_with('@'), "keyword {key}");
                            out.push(expand(key));
                            walk(v, out);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(doc, &mut out);
    out
}

fn nodes(doc: &Value) -> &Vec<Value> {
    doc["@graph"].as_array().unwrap()
}

fn node<'d>(doc: &'d Value, iri: &str) -> &'d Value {
    nodes(doc)
        .iter()
        .find(|n| n["@id"] == iri)
        .unwrap_or_else(|| panic!("no node {iri}"))
}

fn ids(value: &Value) -> Vec<String> {
    match value {
        Value::Array(items) => items.iter().flat_map(ids).collect(),
        Value::Object(map) => vec![map["@id"].as_str().unwrap().to_string()],
        Value::Null => vec![],
        other => panic!("not a reference: {other}"),
    }
}

#[test]
fn every_iri_of_every_version_and_locale_is_absolute_and_every_dpv_term_exists() {
    let terms = vendored_terms();
    let base = BaseUrl::default();
    for version in shipped().versions() {
        for locale in shipped().locales() {
            let doc = policy(version, locale.as_str(), &base);
            assert_eq!(doc["@context"], context());
            let all = iris(&doc);
            assert!(all.len() > 200);
            for iri in &all {
                assert!(
                    iri.starts_with("https://") || iri.starts_with("http://"),
                    "{} {locale}: {iri} is not absolute",
                    version.id
                );
                if is_dpv(iri) {
                    assert!(terms.contains(iri), "{iri} is not in DPV 2.3");
                }
            }
            // Our own nodes are under the base URL, in the version's own file.
            let file = DEFAULT_BASE_URL.to_string() + &jsonld_file(locale.as_str(), &version.id);
            for n in nodes(&doc) {
                let id = n["@id"].as_str().unwrap();
                assert!(id.starts_with(&format!("{file}#")), "{id}");
            }
            // No message id shows through where the wording is missing.
            let text = doc.to_string();
            for leak in ["\"controller-", "\"register-", "\"category-", "\"purpose-"] {
                assert!(!text.contains(leak), "{leak} in {} {locale}", version.id);
            }
        }
    }
}

#[test]
fn another_base_url_moves_every_iri_of_ours() {
    let base = BaseUrl::parse("--base-url", "https://example.org/legal/privacy").unwrap();
    assert_eq!(base.as_str(), "https://example.org/legal/privacy/");
    let doc = policy(shipped().latest(), "en", &base);
    let ours: Vec<String> = iris(&doc)
        .into_iter()
        .filter(|iri| !is_dpv(iri))
        .filter(|iri| !iri.starts_with("http://"))
        .filter(|iri| !iri.starts_with("https://w3id.org/"))
        .collect();
    assert!(ours.len() > 50);
    for iri in ours {
        assert!(
            iri.starts_with("https://example.org/legal/privacy/policy."),
            "{iri}"
        );
    }
    for bad in [
        "",
        "www.manetti.online/privacy/",
        "ftp://example.org/",
        "https://",
        "https:///x",
        "https://example.org/a b/",
        "https://example.org/?x",
        "https://example.org/#x",
        "https://example.org/<x>",
    ] {
        let e = BaseUrl::parse("baseUrl", bad).unwrap_err();
        assert!(
            e.message().starts_with("baseUrl: "),
            "{bad}: {}",
            e.message()
        );
    }
}

#[test]
fn each_activity_says_what_its_version_says() {
    let base = BaseUrl::default();
    for version in shipped().versions() {
        for locale in ["nl", "en"] {
            let doc = policy(version, locale, &base);
            let file = base.join(&jsonld_file(locale, &version.id));
            let notice = node(&doc, &format!("{file}#notice"));
            assert_eq!(notice["@type"], "dpv:PrivacyNotice");
            assert_eq!(notice["dct:identifier"], version.id.as_str());
            assert_eq!(notice["dct:language"], locale);
            assert_eq!(notice["dct:issued"]["@value"], version.published.iso());
            assert_eq!(
                notice["dct:valid"]["@value"],
                format!("start={};", version.effective.iso())
            );
            let doc_text = resolve(shipped(), version, shipped().locale("l", locale).unwrap());
            let hash = receipt(&doc_text, "x").content_sha256;
            assert_eq!(
                notice["spdx:checksum"]["spdx:checksumValue"]["@value"],
                hash
            );
            let page = notice["dct:hasFormat"]["@id"].as_str().unwrap();
            assert!(page.starts_with(DEFAULT_BASE_URL) && page.ends_with(".html"));
            let mut seen = 0;
            for section in &version.sections {
                for a in &section.activities {
                    seen += 1;
                    let p = node(&doc, &format!("{file}#activity-{}", a.id));
                    assert_eq!(p["@type"], "dpv:Process");
                    assert_eq!(
                        ids(&p["dpv:hasPurpose"]).len(),
                        a.purposes.len(),
                        "{}",
                        a.id
                    );
                    assert_eq!(ids(&p["dpv:hasPersonalData"]).len(), a.categories.len());
                    assert_eq!(ids(&p["dpv:hasRecipient"]).len(), a.recipients.len());
                    assert_eq!(ids(&p["dpv:hasDataSubject"]).len(), a.subjects.len());
                    let basis = ids(&p["dpv:hasLegalBasis"]);
                    assert_eq!(basis.len(), 1);
                    match a.basis.provenance() {
                        Provenance::Stated(_) => {
                            let Dpv::Is(term) = a.basis.id.dpv() else {
                                panic!("a stated basis is a DPV term")
                            };
                            assert_eq!(basis[0], term, "{}", a.id);
                        }
                        // Inferred: published as not stated, as everywhere a customer reads.
                        Provenance::Inferred(_) | Provenance::NotStated => {
                            assert_eq!(basis[0], format!("{file}#basis-not-stated"), "{}", a.id);
                        }
                    }
                    let storage = ids(&p["dpv:hasStorageCondition"]);
                    assert_eq!(storage, [format!("{file}#retention-{}", a.retention.id())]);
                }
            }
            assert!(seen > 10);
            // What is not stated is said to be missing, never guessed.
            if let Some(missing) = nodes(&doc)
                .iter()
                .find(|n| n["@id"] == format!("{file}#basis-not-stated"))
            {
                assert_eq!(missing["dpv:hasApplicability"]["@id"], "dpv:NotAvailable");
                assert!(missing.get("@type").is_none() && missing.get("skos:broader").is_none());
                assert!(missing["skos:note"]["@value"]
                    .as_str()
                    .unwrap()
                    .contains("none is guessed"));
            }
            // Each transfer: its recipient and its safeguard.
            for t in &version.transfers {
                let n = node(&doc, &format!("{file}#transfer-{}", t.recipient.id()));
                assert_eq!(n["dpv:hasProcessing"]["@id"], "dpv:CrossBorderTransfer");
                assert_eq!(
                    ids(&n["dpv:hasDataImporter"]),
                    [format!("{file}#recipient-{}", t.recipient.id())]
                );
                let basis = node(&doc, &format!("{file}#transfer-basis-{}", t.basis.id()));
                assert_eq!(ids(&basis["skos:broader"]), ["eu-gdpr:AdequacyDecision"]);
            }
        }
    }
}

#[test]
fn the_shipped_versions_state_a_basis_somewhere_and_infer_one_elsewhere() {
    // The provenance rule above is exercised both ways by the shipped data.
    let activities: Vec<_> = shipped()
        .versions()
        .iter()
        .flat_map(|v| v.sections.iter().flat_map(|s| s.activities.iter()))
        .collect();
    assert!(activities
        .iter()
        .any(|a| matches!(a.basis.provenance(), Provenance::Stated(_))));
    assert!(activities
        .iter()
        .any(|a| matches!(a.basis.provenance(), Provenance::Inferred(_))));
}

#[test]
fn the_controller_is_written_only_with_the_registers_wording() {
    // The shipped catalog lacks `locales-internal/`: an error names the message, no id leaks.
    let e = policy_jsonld(
        shipped(),
        shipped().latest(),
        shipped().locales()[0],
        &BaseUrl::default(),
        today(),
    )
    .unwrap_err();
    assert!(e.message().contains("controller-"), "{}", e.message());
    let doc = policy(shipped().latest(), "en", &BaseUrl::default());
    let file = BaseUrl::default().join(&jsonld_file("en", &shipped().latest().id));
    let controller = node(&doc, &format!("{file}#controller"));
    assert_eq!(controller["dpv:hasName"][0]["@value"], "Manetti IT");
    // "To be supplied" facts are missing, not invented.
    let dpo = node(&doc, &format!("{file}#controller-fact-dpo"));
    assert_eq!(dpo["dpv:hasApplicability"]["@id"], "dpv:NotAvailable");
}

#[test]
fn the_static_pages_link_their_jsonld_and_versions_json_lists_it() {
    let catalog = shipped();
    for locale in catalog.locales() {
        for version in catalog.versions() {
            let html =
                manetti_privacy_kit::static_site::page(catalog, today(), *locale, &version.id);
            let link = format!(
                "<link rel=\"alternate\" type=\"application/ld+json\" href=\"{}\">",
                jsonld_file(locale.as_str(), &version.id)
            );
            let head = &html[..html.find("</head>").unwrap()];
            assert!(head.contains(&link), "{link}");
        }
    }
    let json: Value =
        serde_json::from_str(&manetti_privacy_kit::versions_json::versions_json(catalog)).unwrap();
    for entry in json["versions"].as_array().unwrap() {
        let id = entry["id"].as_str().unwrap();
        for locale in catalog.locales() {
            assert_eq!(
                entry["jsonLd"][locale.as_str()],
                jsonld_file(locale.as_str(), id)
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Records of receipts.

fn genuine(version: &str, locale: &str, accepted_at: &str) -> serde_json::Value {
    let catalog = shipped();
    let locale = catalog.locale("locale", locale).unwrap();
    let doc = resolve(catalog, catalog.version("v", version).unwrap(), locale);
    serde_json::to_value(receipt(&doc, accepted_at)).unwrap()
}

fn options(record_id: &str, principal: Option<&str>) -> RecordOptions {
    RecordOptions {
        record_id: record_id.into(),
        principal_id: principal.map(String::from),
        base: BaseUrl::default(),
    }
}

fn record(receipt: serde_json::Value, options: &RecordOptions) -> Result<Value, String> {
    receipt_record(shipped(), &value(receipt), options, today())
        .map(|text| serde_json::from_str(&text).unwrap())
        .map_err(|e| e.message().to_string())
}

#[test]
fn a_valid_receipt_becomes_a_record_of_notice_never_of_consent() {
    let terms = vendored_terms();
    for version in shipped().versions() {
        for locale in ["nl", "en"] {
            let receipt = genuine(&version.id, locale, "2026-11-26T09:30:00.123Z");
            let doc = record(receipt, &options("r-1/ä", Some("customer 42"))).unwrap();
            for iri in iris(&doc) {
                assert!(
                    iri.starts_with("https://") || iri.starts_with("http://"),
                    "{iri}"
                );
                if is_dpv(&iri) {
                    assert!(terms.contains(&iri), "{iri}");
                }
            }
            let r = &nodes(&doc)[0];
            let iri = format!("{DEFAULT_BASE_URL}records/r-1%2F%C3%A4");
            assert_eq!(r["@id"], iri.as_str());
            assert_eq!(r["@type"], "dpv:DataProcessingRecord");
            assert_eq!(r["dct:identifier"], "r-1/ä");
            assert_eq!(
                r["dct:conformsTo"]["@id"],
                "https://w3id.org/dpv/schema/dpv-27560#record"
            );
            assert_eq!(r["dct:language"], locale);
            assert_eq!(r["dpv:hasDataSubject"]["dct:identifier"], "customer 42");
            let file = BaseUrl::default().join(&jsonld_file(locale, &version.id));
            assert_eq!(r["dpv:hasNotice"]["@id"], format!("{file}#notice"));
            let notice = node(&doc, &format!("{file}#notice"));
            let hash = genuine(&version.id, locale, "x")["contentSha256"].clone();
            assert_eq!(
                notice["spdx:checksum"]["spdx:checksumValue"]["@value"],
                hash
            );
            let activities: usize = version.sections.iter().map(|s| s.activities.len()).sum();
            assert_eq!(ids(&r["dpv:hasProcess"]).len(), activities);
            for p in ids(&r["dpv:hasProcess"]) {
                assert_eq!(node(&doc, &p)["@type"], "dpv:Process");
            }
            let event = &r["dpv:hasNoticeStatus"];
            assert_eq!(
                ids(&event["skos:broader"]),
                ["dpv:NoticeCommunicated", "dpv:NoticeUsed"]
            );
            assert_eq!(
                event["dpv:isIndicatedAtTime"],
                serde_json::json!({ "@value": "2026-11-26T09:30:00.123Z", "@type": "xsd:dateTime" })
            );
            // Notice, never consent: no consent class, status or record anywhere.
            for iri in iris(&doc) {
                assert!(!iri.contains("Consent"), "{iri}");
            }
            assert!(r["dct:description"]["@value"]
                .as_str()
                .unwrap()
                .starts_with("A record of notice, not of consent"));
            // The same processes as the published policy's JSON-LD, node for node.
            let published = policy(version, locale, &BaseUrl::default());
            for p in ids(&r["dpv:hasProcess"]) {
                assert_eq!(node(&doc, &p), node(&published, &p));
            }
        }
    }
}

#[test]
fn an_invalid_receipt_is_refused_with_the_verdicts_reason() {
    let id = shipped().latest().id.clone();
    let good = genuine(&id, "nl", "2026-11-26T09:30:00Z");
    let mut other_locale = good.clone();
    other_locale["locale"] = "en".into();
    let mut unknown = good.clone();
    unknown["version"] = "2019-01-01".into();
    let mut bad_time = good.clone();
    bad_time["acceptedAt"] = "26-11-2026".into();
    let mut extra = good.clone();
    extra["signedBy"] = "me".into();
    let cases = [
        (other_locale, "receipt.contentSha256: does not match"),
        (unknown, "receipt.version: unknown value \"2019-01-01\""),
        (
            bad_time,
            "receipt.acceptedAt: \"26-11-2026\" is not an ISO 8601",
        ),
        (extra, "receipt.signedBy: unknown key"),
        (serde_json::json!([]), "receipt: expected an object"),
        (serde_json::json!(null), "receipt.version: missing"),
    ];
    for (receipt, reason) in cases {
        let verdict =
            manetti_privacy_core::verify::verify_receipt(shipped(), &value(receipt.clone()));
        let refused = record(receipt, &options("r", None)).unwrap_err();
        assert!(refused.starts_with(reason), "{refused}");
        assert_eq!(Some(refused), verdict.reason);
    }
}

#[test]
fn times_become_xsd_date_times_and_the_principal_may_be_absent() {
    let id = shipped().latest().id.clone();
    for (accepted, expected) in [
        (
            "2026-11-26T09:30Z",
            serde_json::json!({ "@value": "2026-11-26T09:30:00Z", "@type": "xsd:dateTime" }),
        ),
        (
            "2026-11-26T09:30+01:00",
            serde_json::json!({ "@value": "2026-11-26T09:30:00+01:00", "@type": "xsd:dateTime" }),
        ),
        // A leap second: xsd:dateTime has none, so the value stays as the receipt holds it.
        (
            "2016-12-31T23:59:60Z",
            serde_json::json!("2016-12-31T23:59:60Z"),
        ),
    ] {
        let doc = record(genuine(&id, "en", accepted), &options("r", None)).unwrap();
        let r = &nodes(&doc)[0];
        assert_eq!(r["dpv:hasNoticeStatus"]["dpv:isIndicatedAtTime"], expected);
        assert!(r["dpv:hasDataSubject"].get("dct:identifier").is_none());
        assert!(r["dpv:hasDataSubject"]["skos:note"]["@value"]
            .as_str()
            .unwrap()
            .starts_with("Not given"));
    }
}

#[test]
fn record_options_are_checked_and_name_their_path() {
    let parse = |json: serde_json::Value| parse_record_options(&value(json));
    let ok = parse(
        serde_json::json!({ "recordId": "a", "principalId": "b", "baseUrl": "https://x.test/p" }),
    )
    .unwrap();
    assert_eq!(ok.base.as_str(), "https://x.test/p/");
    assert_eq!(ok.principal_id.as_deref(), Some("b"));
    assert_eq!(
        parse(serde_json::json!({ "recordId": "a" })).unwrap().base,
        BaseUrl::default()
    );
    for (json, message) in [
        (serde_json::json!({}), "options.recordId: missing"),
        (serde_json::json!(null), "options.recordId: missing"),
        (
            serde_json::json!({ "recordId": "" }),
            "options.recordId: empty",
        ),
        (
            serde_json::json!({ "recordId": 5 }),
            "options.recordId: expected a string",
        ),
        (
            serde_json::json!({ "recordId": "a", "principalId": "" }),
            "options.principalId: empty",
        ),
        (
            serde_json::json!({ "recordId": "a", "baseUrl": "x" }),
            "options.baseUrl: \"x\" is not a base URL",
        ),
        (
            serde_json::json!({ "recordId": "a", "recordID": "b" }),
            "options.recordID: unknown key",
        ),
    ] {
        let e = parse(json).unwrap_err();
        assert!(e.message().starts_with(message), "{}", e.message());
    }
}

// ---------------------------------------------------------------------------------------------
// The commands.

fn run(bin: &str, args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(bin).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("mp-dpv-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_record_command_prints_the_record_or_refuses_the_receipt() {
    let bin = env!("CARGO_BIN_EXE_manetti-privacy");
    let dir = temp_dir("record");
    let id = shipped().latest().id.clone();
    let good = genuine(&id, "en", "2026-11-26T09:30:00Z");
    let good_path = dir.join("good.json");
    std::fs::write(&good_path, good.to_string()).unwrap();
    let mut bad = good.clone();
    bad["locale"] = "nl".into();
    let bad_path = dir.join("bad.json");
    std::fs::write(&bad_path, bad.to_string()).unwrap();
    let good_path = good_path.to_str().unwrap();

    let args = [
        "record",
        good_path,
        "--record-id",
        "r-7",
        "--principal-id",
        "c-9",
        "--base-url",
        "https://example.org/p/",
    ];
    let (code, out, _) = run(bin, &args);
    assert_eq!(code, 0);
    let mut expected = options("r-7", Some("c-9"));
    expected.base = BaseUrl::parse("b", "https://example.org/p/").unwrap();
    let direct = receipt_record(shipped(), &value(good.clone()), &expected, today_utc()).unwrap();
    assert_eq!(out, direct);

    // Without --record-id: derived from the receipt, the same for the same receipt.
    let (_, first, _) = run(bin, &["record", good_path]);
    let (_, second, _) = run(bin, &["record", good_path]);
    assert_eq!(first, second);
    let doc: Value = serde_json::from_str(&first).unwrap();
    let derived = nodes(&doc)[0]["dct:identifier"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        derived.starts_with("receipt-") && derived.len() == 8 + 32,
        "{derived}"
    );
    let (_, other, _) = run(bin, &["record", good_path, "--principal-id", "c-9"]);
    assert_ne!(first, other);

    let (code, out, _) = run(bin, &["record", bad_path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        out.starts_with("invalid: receipt.contentSha256: does not match"),
        "{out}"
    );
    for usage in [
        vec!["record"],
        vec!["record", good_path, "--record-id"],
        vec!["record", good_path, "--base-url", "nowhere"],
        vec!["record", good_path, "--frob", "x"],
        vec!["record", good_path, "--record-id", "a", "--record-id", "b"],
    ] {
        assert_eq!(run(bin, &usage).0, 2, "{usage:?}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// Today by the system clock, as the commands take it.
fn today_utc() -> manetti_privacy_model::date::Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    manetti_privacy_model::date::Date::from_unix_days((secs / 86_400) as i64)
}

#[test]
fn the_dpv_command_prints_what_static_pages_writes() {
    let dir = temp_dir("static");
    let out = dir.to_str().unwrap();
    let (code, _, err) = run(
        env!("CARGO_BIN_EXE_static-pages"),
        &[out, "--base-url", "https://example.org/privacy"],
    );
    assert_eq!(code, 0, "{err}");
    for version in shipped().versions() {
        for locale in ["nl", "en"] {
            let file = jsonld_file(locale, &version.id);
            let written = std::fs::read_to_string(dir.join(&file)).unwrap();
            assert!(written.contains(&format!("\"https://example.org/privacy/{file}#notice\"")));
            let (code, printed, _) = run(
                env!("CARGO_BIN_EXE_manetti-privacy"),
                &[
                    "dpv",
                    "--version",
                    &version.id,
                    "--locale",
                    locale,
                    "--base-url",
                    "https://example.org/privacy/",
                ],
            );
            assert_eq!(code, 0);
            assert_eq!(printed, written, "{file}");
        }
    }
    let bin = env!("CARGO_BIN_EXE_static-pages");
    assert_eq!(run(bin, &[out, "--base-url"]).0, 2);
    assert_eq!(run(bin, &[out, "--base-url=ftp://x"]).0, 2);
    assert_eq!(run(bin, &[out, out]).0, 2);
    assert_eq!(run(bin, &[out, "--frob"]).0, 2);
    assert_eq!(
        run(
            env!("CARGO_BIN_EXE_manetti-privacy"),
            &["dpv", "--version", "1999-01-01"]
        )
        .0,
        2
    );
    std::fs::remove_dir_all(&dir).ok();
}
