//! A version of the policy in one locale as DPV JSON-LD: the notice (`dpv:PrivacyNotice`:
//! version, dates, locale, the SHA-256 receipts hold, the page), the controller, every
//! processing activity as a `dpv:Process` (purposes, personal data, legal basis, recipients,
//! retention, data subjects, sources) and every transfer outside the EEA with its safeguard.
//!
//! Only what the policy states: a legal basis that is only inferred is written as not stated
//! (as everywhere a customer reads), and what the policy does not state is written as missing
//! (`dpv:NotAvailable`, `dpv:UnknownApplicability`), never guessed.

use super::mapping::{duration, first_term, Dpv, Mapped};
use super::{document, id, jsonld_file, text, typed, BaseUrl};
use crate::static_site::page_file;
use manetti_privacy_core::catalog::Catalog;
use manetti_privacy_core::document::{resolve_outline, text_of};
use manetti_privacy_core::l10n::{Locale, Localizer};
use manetti_privacy_core::receipt::content_sha256;
use manetti_privacy_model::closed::{Basis, ListKind, Retention};
use manetti_privacy_model::date::Date;
use manetti_privacy_model::error::{quote, Error};
use manetti_privacy_model::{controller_fields, Activity, Provenance, Version};
use serde_json::{json, Map, Value};

/// The DPV JSON-LD of `version` in `locale`, its IRIs under `base`; `today` picks the file name
/// of the human-readable page (as `static-pages` names it). The controller's facts are worded
/// by the register's wording: `catalog` must be `register::register_catalog()` (or hold
/// `locales-internal/` the same way), else this is an error naming the missing message.
pub fn policy_jsonld(
    catalog: &Catalog,
    version: &Version,
    locale: Locale,
    base: &BaseUrl,
    today: Date,
) -> Result<String, Error> {
    let parts = Parts::of(catalog, version, locale, base, today, Controller::Facts)?;
    Ok(document(parts.nodes))
}

/// How much of the controller is written: its facts (the policy's JSON-LD, which has the
/// register's wording) or its name only (a record, made from the shipped wording alone, which
/// points to the policy's JSON-LD for the rest).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Controller {
    Facts,
    Name,
}

/// The nodes of a version in a locale, and the IRIs a record refers to.
pub(crate) struct Parts {
    /// The IRI of the policy's JSON-LD document.
    pub doc: String,
    pub notice: String,
    pub controller: String,
    /// Every process of an activity (not the transfers), in policy order.
    pub processes: Vec<String>,
    pub nodes: Vec<Value>,
}

impl Parts {
    pub(crate) fn of(
        catalog: &Catalog,
        version: &Version,
        locale: Locale,
        base: &BaseUrl,
        today: Date,
        controller: Controller,
    ) -> Result<Parts, Error> {
        let l10n = catalog.localizer(locale, version);
        let doc = base.join(&jsonld_file(locale.as_str(), &version.id));
        let page = base.join(&page_file(catalog, today, locale, &version.id));
        let mut own = Own {
            doc: doc.clone(),
            l10n: &l10n,
            nodes: Vec::new(),
        };
        let notice = own.at("notice");
        let controller_iri = own.at("controller");
        let mut nodes = vec![
            notice_node(catalog, version, locale, base, &notice, &page),
            match controller {
                Controller::Facts => controller_facts(&mut own, version, &controller_iri)?,
                Controller::Name => json!({
                    "@id": controller_iri,
                    "@type": ["dpv:DataController", "dpv:Organisation"],
                    "dpv:hasName": text(l10n.text("company-name-plain"), locale.as_str()),
                }),
            },
        ];
        let mut processes = Vec::new();
        for section in &version.sections {
            for activity in &section.activities {
                let source = format!("{page}#{}", section.id);
                let node = process(
                    &mut own,
                    version,
                    activity,
                    &source,
                    &notice,
                    &controller_iri,
                );
                processes.push(own.at(&format!("activity-{}", activity.id)));
                nodes.push(node);
            }
        }
        for transfer in &version.transfers {
            let recipient = own.value(transfer.recipient, Shape::Typed);
            let basis = own.value(transfer.basis, Shape::Concept("dpv:LegalBasis"));
            nodes.push(json!({
                "@id": own.at(&format!("transfer-{}", transfer.recipient.id())),
                "@type": "dpv:Process",
                "dpv:hasProcessing": id("dpv:CrossBorderTransfer"),
                "dpv:hasDataImporter": recipient,
                "dpv:hasLegalBasis": basis,
                "dpv:hasNotice": id(&notice),
                "dpv:hasDataController": id(&controller_iri),
            }));
        }
        nodes.append(&mut own.nodes);
        Ok(Parts {
            doc,
            notice,
            controller: controller_iri,
            processes,
            nodes,
        })
    }
}

/// The notice: one per version and locale (each locale's text has its own SHA-256).
fn notice_node(
    catalog: &Catalog,
    version: &Version,
    locale: Locale,
    base: &BaseUrl,
    iri: &str,
    page: &str,
) -> Value {
    let l10n = catalog.localizer(locale, version);
    let title = resolve_outline(&l10n, version).title.clone();
    let sha = content_sha256(&text_of(catalog, version, locale));
    let mut node = json!({
        "@id": iri,
        "@type": "dpv:PrivacyNotice",
        "dct:identifier": version.id.as_str(),
        "dct:title": text(title, locale.as_str()),
        "dct:language": locale.as_str(),
        "dct:issued": typed(version.published.iso(), "xsd:date"),
        // DCMI Period: valid from the effective date, with no end stated.
        "dct:valid": typed(format!("start={};", version.effective.iso()), "dct:Period"),
        "dct:hasFormat": id(page),
        "spdx:checksum": {
            "@id": format!("{iri}-sha256"),
            "@type": "spdx:Checksum",
            "spdx:algorithm": id("spdx:checksumAlgorithm_sha256"),
            "spdx:checksumValue": typed(sha, "xsd:hexBinary"),
            "dct:description": text(
                "SHA-256 of the canonical plain text (UTF-8) of this version in this \
                 language: the contentSha256 of a receipt.",
                "en",
            ),
        },
    });
    let versions = catalog.versions();
    let index = versions.iter().position(|v| v.id == version.id);
    if let Some(previous) = index.and_then(|i| i.checked_sub(1)).map(|i| &versions[i]) {
        let file = jsonld_file(locale.as_str(), &previous.id);
        node["dct:replaces"] = id(format!("{}#notice", base.join(&file)));
    }
    node
}

/// The controller with every fact of the controller block: the value where the policy states
/// it, otherwise a node that says it is to be supplied by the company.
fn controller_facts(own: &mut Own, version: &Version, iri: &str) -> Result<Value, Error> {
    let l10n = own.l10n;
    let locale = l10n.locale();
    let worded = |message: &str| {
        if l10n.has(message) {
            Ok(l10n.text(message))
        } else {
            Err(Error::new(format!(
                "the controller's facts need the register's wording (locales-internal/): \
                 message {} is missing in locale {}",
                quote(message),
                quote(locale.as_str())
            )))
        }
    };
    let mut node = Map::new();
    node.insert("@id".into(), iri.into());
    node.insert(
        "@type".into(),
        json!(["dpv:DataController", "dpv:Organisation"]),
    );
    for (fact, field) in controller_fields(version) {
        let Some(property) = first_term(fact.dpv()) else {
            continue;
        };
        let value = match field.and_then(|f| f.value.as_ref()) {
            Some(message) => text(worded(message)?, locale.as_str()),
            None => {
                let fact_iri = own.at(&format!("controller-fact-{}", fact.id()));
                let label = worded(&format!("register-controller-{}", fact.id()))?;
                own.nodes.push(json!({
                    "@id": fact_iri,
                    "skos:prefLabel": text(label, locale.as_str()),
                    "dpv:hasApplicability": id("dpv:NotAvailable"),
                    "skos:note": text(
                        "Not stated in the policy: to be supplied by the company; not guessed.",
                        "en",
                    ),
                }));
                id(fact_iri)
            }
        };
        match node.get_mut(property) {
            Some(Value::Array(values)) => values.push(value),
            _ => {
                node.insert(property.into(), Value::Array(vec![value]));
            }
        }
    }
    Ok(Value::Object(node))
}

fn process(
    own: &mut Own,
    version: &Version,
    a: &Activity,
    source: &str,
    notice: &str,
    controller: &str,
) -> Value {
    // An inferred basis is never shown as what the policy says: written as not stated.
    let basis = match a.basis.provenance() {
        Provenance::Stated(_) => a.basis.id,
        Provenance::Inferred(_) | Provenance::NotStated => Basis::NotStated,
    };
    let purposes = own.values(&a.purposes, Shape::Concept("dpv:Purpose"));
    let data = own.values(&a.categories, Shape::Concept("dpv:PersonalData"));
    let recipients = own.values(&a.recipients, Shape::Typed);
    let subjects = own.values(&a.subjects, Shape::Concept("dpv:DataSubject"));
    let mut sources = Vec::new();
    for &category in &a.categories {
        for from in a.sources_of(category) {
            if !sources.contains(&from) {
                sources.push(from);
            }
        }
    }
    let sources = own.values(&sources, Shape::Concept("dpv:DataSource"));
    let mut node = json!({
        "@id": own.at(&format!("activity-{}", a.id)),
        "@type": "dpv:Process",
        "dct:identifier": a.id.as_str(),
        "dct:source": id(source),
        "dpv:hasNotice": id(notice),
        "dpv:hasDataController": id(controller),
        "dpv:hasApplicableLaw": id("legal-eu:law-GDPR"),
        "dpv:hasPurpose": purposes,
        "dpv:hasPersonalData": data,
        "dpv:hasLegalBasis": [own.value(basis, Shape::Concept("dpv:LegalBasis"))],
        "dpv:hasRecipient": recipients,
        "dpv:hasStorageCondition": own.retention(a.retention),
        "dpv:hasDataSource": sources,
    });
    if !subjects.is_empty() {
        node["dpv:hasDataSubject"] = Value::Array(subjects);
    }
    let transfers: Vec<Value> = version
        .transfers
        .iter()
        .filter(|t| a.recipients.contains(&t.recipient))
        .map(|t| id(own.at(&format!("transfer-{}", t.recipient.id()))))
        .collect();
    if !transfers.is_empty() {
        node["dpv:hasProcess"] = Value::Array(transfers);
    }
    let mut notes = Vec::new();
    if a.possibly {
        notes.push(text("The policy says this may happen.", "en"));
    }
    if a.list == ListKind::AtLeast {
        notes.push(text(
            "The policy lists these data at least: the list may be incomplete.",
            "en",
        ));
    }
    if !notes.is_empty() {
        node["skos:note"] = Value::Array(notes);
    }
    node
}

/// How a node of our own relates to the DPV terms of its row.
#[derive(Clone, Copy)]
enum Shape {
    /// A concept of this DPV class, narrower than the terms (`skos:broader`).
    Concept(&'static str),
    /// An entity or condition typed with the terms (`@type`).
    Typed,
}

/// The nodes of our own that the values used so far need, each once.
struct Own<'l> {
    doc: String,
    l10n: &'l Localizer<'l>,
    nodes: Vec<Value>,
}

impl Own<'_> {
    fn at(&self, fragment: &str) -> String {
        format!("{}#{fragment}", self.doc)
    }

    fn values<T: Mapped>(&mut self, values: &[T], shape: Shape) -> Vec<Value> {
        values.iter().map(|&v| self.value(v, shape)).collect()
    }

    /// `{"@id": …}` of `value`: its DPV term, or a node of our own (added on first use).
    fn value<T: Mapped>(&mut self, value: T, shape: Shape) -> Value {
        let dpv = value.dpv();
        let (terms, note) = match dpv {
            Dpv::Is(term) => return id(term),
            Dpv::Under(terms, note) => (terms, note),
            Dpv::Missing(_, note) | Dpv::NotWritten(note) => (&[][..], note),
        };
        let message = value.message();
        let iri = self.at(&format!("{}{}", message.prefix, message.name));
        if self.nodes.iter().any(|n| n["@id"] == iri.as_str()) {
            return id(iri);
        }
        let locale = self.l10n.locale();
        let mut node = json!({
            "@id": iri.clone(),
            "skos:prefLabel": text(self.l10n.text(message), locale.as_str()),
        });
        let refs: Vec<Value> = terms.iter().map(|t| id(*t)).collect();
        match (dpv, shape) {
            (Dpv::Missing(applicability, _), _) => {
                node["dpv:hasApplicability"] = id(applicability);
            }
            (_, Shape::Concept(class)) => {
                node["@type"] = class.into();
                node["skos:broader"] = Value::Array(refs);
            }
            (_, Shape::Typed) => {
                let types: Vec<&str> = terms.to_vec();
                node["@type"] = json!(types);
            }
        }
        if !note.is_empty() {
            node["skos:note"] = text(note, "en");
        }
        self.nodes.push(node);
        id(iri)
    }

    /// The storage condition of a retention: a `dpv:StorageDuration` of our own with its
    /// duration, or the missing node.
    fn retention(&mut self, retention: Retention) -> Value {
        let reference = self.value(retention, Shape::Typed);
        let Some((class, length)) = duration(retention) else {
            return reference;
        };
        let iri = format!("{}-duration", reference["@id"].as_str().unwrap_or_default());
        if let Some(node) = self
            .nodes
            .iter_mut()
            .find(|n| n["@id"] == reference["@id"] && n.get("dpv:hasDuration").is_none())
        {
            let locale = self.l10n.locale();
            let mut duration = json!({ "@id": iri, "@type": class });
            match length {
                Some(length) => duration["rdf:value"] = typed(length, "xsd:duration"),
                None => {
                    let label = self.l10n.text(retention.message());
                    duration["dct:description"] = text(label, locale.as_str());
                }
            }
            node["dpv:hasDuration"] = duration;
        }
        reference
    }
}
