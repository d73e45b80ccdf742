//! The record of processing activities (AVG/GDPR art. 30(1)) and the art. 13 completeness
//! report, both from the same structured policy. Internal outputs: an `inferred` fact is shown
//! here with its reason, and what only the company can supply is marked "to be supplied".

pub mod completeness;
pub mod page;

use manetti_privacy_core::catalog::Catalog;
use manetti_privacy_core::document::{heading_line, resolve_with};
use manetti_privacy_core::l10n::{Locale, Localizer, MessageId};
use manetti_privacy_model::error::Error;
use manetti_privacy_model::{
    controller_fields, Activity, ClosedList, LegalBasis, ListKind, Provenance, Recipient, Version,
};
use serde::Serialize;

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Register {
    pub version: String,
    pub locale: String,
    pub controller: Vec<ControllerRow>,
    pub activities: Vec<ActivityRow>,
}

/// One controller fact: its value where the policy states it, otherwise "to be supplied".
#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ControllerRow {
    pub id: &'static str,
    pub label: String,
    /// `"stated"` or `"to-be-supplied"`.
    pub status: &'static str,
    /// The value, or the localized "to be supplied".
    pub value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ActivityRow {
    pub id: String,
    /// The section of the policy that describes it, as printed.
    pub section: String,
    pub purposes: Vec<ItemPurposes>,
    pub subjects: Vec<String>,
    pub categories: Vec<String>,
    /// "The policy lists these at least" where its list is a minimum.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub list: Option<String>,
    pub recipients: Vec<String>,
    pub transfers: Vec<String>,
    pub retention: FactRow,
    pub basis: FactRow,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ItemPurposes {
    pub category: String,
    pub purposes: Vec<String>,
}

/// A fact with its provenance: stated (with the message id), inferred (with the reason), or
/// not stated.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct FactRow {
    pub id: &'static str,
    pub label: String,
    pub provenance: &'static str,
    pub provenance_label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// The shipped versions with the shipped wording plus `locales-internal/<locale>/*.ftl`: the
/// register's own wording, read from the source tree so that it stays out of the module.
pub fn register_catalog() -> Result<Catalog, Error> {
    // The kit's crate lives in `crates/kit`; the wording at the top of the repository.
    let root = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let shipped = Catalog::shipped();
    let mut sources = Vec::new();
    for locale in shipped.locales() {
        let dirs = [
            root.join("locales").join(locale.as_str()),
            root.join("locales-internal").join(locale.as_str()),
        ];
        for dir in dirs {
            let entries = std::fs::read_dir(&dir)
                .map_err(|e| Error::new(format!("{}: {e}", dir.display())))?;
            let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            // Native only (the register is not in the module): sorting costs nothing there.
            #[allow(clippy::disallowed_methods)]
            paths.sort();
            for path in paths
                .iter()
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| Error::new(format!("{}: {e}", path.display())))?;
                let name = path
                    .file_name()
                    .map_or(String::new(), |n| n.to_string_lossy().into());
                sources.push((locale.to_string(), name, text));
            }
        }
    }
    let files = manetti_privacy_build_support::compiled_files(sources).map_err(Error::new)?;
    Catalog::new(shipped.versions().to_vec(), files)
}

/// The register of `version` in `locale`; `catalog` must hold the register's wording
/// ([`register_catalog`]).
pub fn register(catalog: &Catalog, version: &Version, locale: Locale) -> Register {
    let l10n = catalog.localizer(locale, version);
    let doc = resolve_with(&l10n, version);
    let controller = controller_fields(version)
        .into_iter()
        .map(|(fact, field)| {
            let id = fact.id();
            let label = l10n.text(&format!("register-controller-{id}"));
            match field.and_then(|f| f.value.as_ref().map(|v| (v, f.stated.clone()))) {
                Some((value, message)) => ControllerRow {
                    id,
                    label,
                    status: "stated",
                    value: l10n.text(value),
                    message: message.map(String::from),
                },
                None => ControllerRow {
                    id,
                    label,
                    status: "to-be-supplied",
                    value: l10n.text("register-to-be-supplied"),
                    message: None,
                },
            }
        })
        .collect();
    let mut activities = Vec::new();
    for section in &version.sections {
        let heading = doc
            .sections
            .iter()
            .find(|s| s.id == section.id)
            .map(heading_line)
            .unwrap_or_default();
        for activity in &section.activities {
            activities.push(activity_row(&l10n, version, activity, &heading));
        }
    }
    Register {
        version: version.id.to_string(),
        locale: locale.to_string(),
        controller,
        activities,
    }
}

fn labels<T: ClosedList>(l10n: &Localizer, values: &[T]) -> Vec<String> {
    values.iter().map(|v| l10n.text(v.message())).collect()
}

fn activity_row(l10n: &Localizer, version: &Version, a: &Activity, section: &str) -> ActivityRow {
    let transfers = a
        .recipients
        .iter()
        .filter(|r| **r != Recipient::NotStated)
        .map(|&r| {
            let recipient = l10n.text(r.message());
            match version.transfers.iter().find(|t| t.recipient == r) {
                Some(t) => l10n.text_with(
                    "register-transfer-us",
                    &[
                        ("recipient", &recipient),
                        ("basis", &l10n.text(t.basis.message())),
                    ],
                ),
                None => {
                    l10n.text_with("register-transfer-not-stated", &[("recipient", &recipient)])
                }
            }
        })
        .collect();
    ActivityRow {
        id: a.id.to_string(),
        section: section.to_string(),
        purposes: a
            .categories
            .iter()
            .map(|&c| ItemPurposes {
                category: l10n.text(c.message()),
                purposes: labels(l10n, &a.purposes_of(c)),
            })
            .collect(),
        subjects: labels(l10n, &a.subjects),
        categories: labels(l10n, &a.categories),
        list: (a.list == ListKind::AtLeast).then(|| l10n.text(a.list.message())),
        recipients: labels(l10n, &a.recipients),
        transfers,
        retention: fact(
            l10n,
            a.retention.id(),
            a.retention.message(),
            a.retention_provenance(),
        ),
        basis: basis_row(l10n, &a.basis),
    }
}

fn basis_row(l10n: &Localizer, basis: &LegalBasis) -> FactRow {
    fact(l10n, basis.id.id(), basis.id.message(), basis.provenance())
}

fn fact(l10n: &Localizer, id: &'static str, message: MessageId, provenance: Provenance) -> FactRow {
    let (message_id, reason) = match &provenance {
        Provenance::Stated(m) => (Some(m.clone()), None),
        Provenance::Inferred(r) => (None, Some(l10n.text(r))),
        Provenance::NotStated => (None, None),
    };
    FactRow {
        id,
        label: l10n.text(message),
        provenance: provenance.id(),
        provenance_label: l10n.text(&format!("provenance-{}", provenance.id())),
        message: message_id,
        reason,
    }
}
