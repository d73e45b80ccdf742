//! The art. 13 completeness report: for one version, which of the elements that AVG/GDPR
//! art. 13 asks a privacy notice to give are stated, inferred or missing. And the gap check:
//! a version not yet in effect must give every activity a legal basis and a retention, unless
//! its version file says `allow-gaps = true` with a `gaps-reason`.

use manetti_privacy_model::date::Date;
use manetti_privacy_model::{
    controller_fields, Basis, Provenance, Purpose, Recipient, Retention, Version,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Stated,
    Inferred,
    Missing,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::Stated => "stated",
            Status::Inferred => "inferred",
            Status::Missing => "missing",
        }
    }
}

/// One element of art. 13, for the notice as a whole or for one activity.
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    pub article: &'static str,
    pub what: String,
    pub status: Status,
}

fn provenance_status(p: &Provenance) -> Status {
    match p {
        Provenance::Stated(_) => Status::Stated,
        Provenance::Inferred(_) => Status::Inferred,
        Provenance::NotStated => Status::Missing,
    }
}

fn has_block(version: &Version, message: &str) -> bool {
    version
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter())
        .any(|b| b.message() == message)
}

/// Every element of art. 13 for `version`, in the order of the article.
pub fn completeness(version: &Version) -> Vec<Element> {
    let mut out = Vec::new();
    let mut push = |article: &'static str, what: String, status: Status| {
        out.push(Element {
            article,
            what,
            status,
        })
    };
    for (fact, field) in controller_fields(version) {
        let id = fact.id();
        let article = if id == "dpo" { "13(1)(b)" } else { "13(1)(a)" };
        let status = if field.is_some_and(|f| f.value.is_some()) {
            Status::Stated
        } else {
            Status::Missing
        };
        push(article, format!("controller: {id}"), status);
    }
    let activities = version.sections.iter().flat_map(|s| s.activities.iter());
    for a in activities {
        let purposes = if a
            .items
            .iter()
            .any(|i| i.purposes.contains(&Purpose::NotStated))
            || a.purposes.contains(&Purpose::NotStated)
        {
            Status::Missing
        } else {
            Status::Stated
        };
        push("13(1)(c)", format!("{}: purposes", a.id), purposes);
        push(
            "13(1)(c)",
            format!("{}: legal basis", a.id),
            provenance_status(&a.basis.provenance()),
        );
        if a.basis.id == Basis::LegitimateInterests {
            push(
                "13(1)(d)",
                format!("{}: legitimate interests", a.id),
                Status::Missing,
            );
        }
        let recipients = if a.recipients.contains(&Recipient::NotStated) {
            Status::Missing
        } else {
            Status::Stated
        };
        push("13(1)(e)", format!("{}: recipients", a.id), recipients);
        for r in a.recipients.iter().filter(|r| **r != Recipient::NotStated) {
            let status = if version.transfers.iter().any(|t| t.recipient == *r) {
                Status::Stated
            } else {
                Status::Missing
            };
            push(
                "13(1)(f)",
                format!("{}: where {} processes the data", a.id, r.id()),
                status,
            );
        }
        push(
            "13(2)(a)",
            format!("{}: retention", a.id),
            provenance_status(&a.retention_provenance()),
        );
    }
    let rights = [
        ("13(2)(b)", "right of access", "policy-rights-access"),
        (
            "13(2)(b)",
            "right to rectification",
            "policy-rights-rectification",
        ),
        ("13(2)(b)", "right to erasure", "policy-rights-erasure"),
        (
            "13(2)(b)",
            "right to restriction",
            "policy-rights-restriction",
        ),
        ("13(2)(b)", "right to object", "policy-rights-objection"),
        (
            "13(2)(b)",
            "objection to direct marketing",
            "policy-rights-direct-marketing",
        ),
        (
            "13(2)(b)",
            "right to data portability",
            "policy-rights-portability",
        ),
        (
            "13(2)(c)",
            "withdrawal of consent",
            "policy-rights-withdraw-consent",
        ),
        (
            "13(2)(d)",
            "complaint to a supervisory authority",
            "policy-rights-complaint",
        ),
    ];
    for (article, what, message) in rights {
        let status = if has_block(version, message) {
            Status::Stated
        } else {
            Status::Missing
        };
        push(article, what.to_string(), status);
    }
    push(
        "13(2)(e)",
        "whether providing the data is a statutory or contractual requirement".to_string(),
        Status::Missing,
    );
    push(
        "13(2)(f)",
        "automated decision-making".to_string(),
        Status::Missing,
    );
    out
}

/// The report as text: a count per status, then one line per element.
pub fn report_text(version: &Version) -> String {
    let elements = completeness(version);
    let count = |s: Status| elements.iter().filter(|e| e.status == s).count();
    let mut text = format!(
        "art. 13 completeness of version {}: {} stated, {} inferred, {} missing\n",
        version.id,
        count(Status::Stated),
        count(Status::Inferred),
        count(Status::Missing)
    );
    for e in &elements {
        text.push_str(&format!(
            "  {:<9} {:<8} {}\n",
            e.article,
            e.status.id(),
            e.what
        ));
    }
    text
}

/// Activities of `version` without a legal basis or a retention.
pub fn gaps(version: &Version) -> Vec<String> {
    let mut out = Vec::new();
    for a in version.sections.iter().flat_map(|s| s.activities.iter()) {
        if a.basis.provenance() == Provenance::NotStated {
            out.push(format!("{}: no legal basis", a.id));
        }
        if a.retention == Retention::NotStated {
            out.push(format!("{}: no retention", a.id));
        }
    }
    out
}

/// Fails for a version not yet in effect on `today` that has gaps, unless its
/// version file allows them with a reason.
pub fn check_gaps(version: &Version, today: Date) -> Result<(), String> {
    let upcoming = version.effective > today || version.published > today;
    let gaps = gaps(version);
    if !upcoming || gaps.is_empty() {
        return Ok(());
    }
    match (&version.allow_gaps, &version.gaps_reason) {
        (true, Some(reason)) if !reason.trim().is_empty() => Ok(()),
        _ => Err(format!(
            "version {} is not yet in effect and has gaps; fill them, or set allow-gaps = true \
             with a gaps-reason in its version file:\n  {}",
            version.id,
            gaps.join("\n  ")
        )),
    }
}
