//! A policy version resolved in one locale, at the depth its reader needs, each depth a type:
//! an [`Outline`] (headings), a [`VersionText`] (the text as shown, which the verbatim test and
//! the acceptance receipt are built on) and a [`PolicyDocument`] (what `policy()` returns).

use crate::catalog::Catalog;
use crate::l10n::{Locale, Localizer, AUTHORITATIVE_LOCALE};
use manetti_privacy_model::date::Date;
use manetti_privacy_model::{Activity, Block, BlockKind, ClosedList, Provenance, Version};
use serde::Serialize;

/// What a version resolved in a locale has at every depth: its id and dates, the locale, the
/// title and the sections, each as deep as it was resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub version: String,
    pub published: Date,
    pub effective: Date,
    pub locale: Locale,
    pub authoritative_locale: &'static str,
    pub title: String,
    pub sections: Vec<SectionText>,
}

/// The headings only: what a comparison's outline and "your data" read.
#[derive(Debug, Clone, PartialEq)]
pub struct Outline(Resolved);

/// The text of a version as shown: headings, blocks and the canonical plain text, line by
/// line. The one type a receipt hashes: an outline has no text to hash by mistake.
#[derive(Debug, Clone, PartialEq)]
pub struct VersionText {
    resolved: Resolved,
    text: String,
}

/// Everything `policy()` returns: the text, and every activity with its labels.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyDocument(VersionText);

impl std::ops::Deref for Outline {
    type Target = Resolved;
    fn deref(&self) -> &Resolved {
        &self.0
    }
}

impl std::ops::Deref for VersionText {
    type Target = Resolved;
    fn deref(&self) -> &Resolved {
        &self.resolved
    }
}

impl VersionText {
    /// The canonical plain text: what the reader is shown, line by line.
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// A full document is also its version's text (a receipt of it hashes that).
impl std::ops::Deref for PolicyDocument {
    type Target = VersionText;
    fn deref(&self) -> &VersionText {
        &self.0
    }
}

/// The JSON of `policy()`: the fields of every depth, then the text.
impl Serialize for PolicyDocument {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let d = &self.0.resolved;
        let mut s = serializer.serialize_struct("PolicyDocument", 8)?;
        s.serialize_field("version", &d.version)?;
        s.serialize_field("published", &d.published)?;
        s.serialize_field("effective", &d.effective)?;
        s.serialize_field("locale", &d.locale)?;
        s.serialize_field("authoritativeLocale", d.authoritative_locale)?;
        s.serialize_field("title", &d.title)?;
        s.serialize_field("sections", &d.sections)?;
        s.serialize_field("text", &self.0.text)?;
        s.end()
    }
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SectionText {
    pub id: String,
    pub number: String,
    pub level: u8,
    pub title: String,
    pub blocks: Vec<BlockText>,
    pub activities: Vec<ActivityText>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct BlockText {
    /// `"p"`, `"li"` or `"label"` in JSON.
    pub kind: BlockKind,
    /// The Fluent message id: stable across versions, so paragraphs can be compared.
    pub id: String,
    pub text: String,
}

/// A value from one of the closed lists, with its name in the locale.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Labelled {
    pub id: &'static str,
    pub label: String,
}

impl Labelled {
    pub fn of<T: ClosedList>(l10n: &Localizer, value: T) -> Labelled {
        Labelled {
            id: value.id(),
            label: l10n.text(value.message()),
        }
    }

    pub fn all<T: ClosedList>(l10n: &Localizer, values: &[T]) -> Vec<Labelled> {
        values.iter().map(|v| Labelled::of(l10n, *v)).collect()
    }
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ActivityText {
    pub id: String,
    pub categories: Vec<Labelled>,
    pub purposes: Vec<Labelled>,
    pub recipients: Vec<Labelled>,
    pub retention: Labelled,
    pub audience: Vec<Labelled>,
    pub applies_when: Vec<Labelled>,
    /// The legal basis (art. 6(1)) and where it comes from. An `inferred` basis is for
    /// internal records only: never show it to customers as what the policy says.
    pub basis: BasisText,
    /// Per data category, the purposes the policy binds to it.
    pub category_purposes: Vec<CategoryPurposes>,
    /// Whose data this is.
    pub subjects: Vec<Labelled>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct BasisText {
    pub id: &'static str,
    pub label: String,
    /// `"stated"`, `"inferred"` or `"not-stated"`.
    pub provenance: &'static str,
    /// With `stated`: the Fluent id of the policy message that says so.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CategoryPurposes {
    pub category: &'static str,
    pub purposes: Vec<Labelled>,
}

/// Resolves `version` in `locale`, fully.
pub fn resolve(catalog: &Catalog, version: &Version, locale: Locale) -> PolicyDocument {
    let l10n = catalog.localizer(locale, version);
    resolve_with(&l10n, version)
}

/// The version's text in `locale`: what a receipt hashes.
pub fn text_of(catalog: &Catalog, version: &Version, locale: Locale) -> VersionText {
    resolve_text(&catalog.localizer(locale, version), version)
}

/// Everything, with the activities' labels: what `policy()` returns.
pub fn resolve_with(l10n: &Localizer, version: &Version) -> PolicyDocument {
    let resolved = resolve_parts(l10n, version, Depth::Full);
    PolicyDocument(with_text(resolved))
}

/// The headings, blocks and canonical text, without the activities' labels: what the policy
/// page shows, a receipt hashes and a comparison's word runs read (activities are compared in
/// the model).
pub fn resolve_text(l10n: &Localizer, version: &Version) -> VersionText {
    with_text(resolve_parts(l10n, version, Depth::Text))
}

/// The headings only: all that a comparison's outline and "your data" read. The blocks and
/// the activities' labels are nearly all the formatting work (a banner's first render, natively:
/// 7.0 M instructions with them, 1.35 M without).
pub fn resolve_outline(l10n: &Localizer, version: &Version) -> Outline {
    Outline(resolve_parts(l10n, version, Depth::Headings))
}

fn with_text(resolved: Resolved) -> VersionText {
    let text = plain_text(&resolved.sections);
    VersionText { resolved, text }
}

/// How much of a version is resolved; each depth adds to the one before.
#[derive(Clone, Copy)]
enum Depth {
    Headings,
    Text,
    Full,
}

fn resolve_parts(l10n: &Localizer, version: &Version, depth: Depth) -> Resolved {
    let sections: Vec<SectionText> = version
        .sections
        .iter()
        .map(|section| SectionText {
            id: section.id.to_string(),
            number: section.number.to_string(),
            level: section.level,
            title: l10n.text(&format!("policy-{}-title", section.id)),
            blocks: match depth {
                Depth::Headings => vec![],
                _ => section.blocks.iter().map(|b| block_text(l10n, b)).collect(),
            },
            activities: match depth {
                Depth::Full => section
                    .activities
                    .iter()
                    .map(|a| activity_text(l10n, a))
                    .collect(),
                _ => vec![],
            },
        })
        .collect();
    let title = sections
        .first()
        .map(|s| s.title.clone())
        .unwrap_or_default();
    Resolved {
        version: version.id.to_string(),
        published: version.published,
        effective: version.effective,
        locale: l10n.locale(),
        authoritative_locale: AUTHORITATIVE_LOCALE,
        title,
        sections,
    }
}

fn block_text(l10n: &Localizer, block: &Block) -> BlockText {
    BlockText {
        kind: block.kind(),
        id: block.message().to_string(),
        text: l10n.text(block.message()),
    }
}

// Not inlined into `resolve_with`: 118 B gzip smaller (wasm 105,495 -> 105,377 B).
#[inline(never)]
fn activity_text(l10n: &Localizer, a: &Activity) -> ActivityText {
    ActivityText {
        id: a.id.to_string(),
        categories: Labelled::all(l10n, &a.categories),
        purposes: Labelled::all(l10n, &a.purposes),
        recipients: Labelled::all(l10n, &a.recipients),
        retention: Labelled::of(l10n, a.retention),
        audience: Labelled::all(l10n, &a.audience),
        applies_when: Labelled::all(l10n, &a.applies_when),
        basis: BasisText {
            id: a.basis.id.id(),
            label: l10n.text(a.basis.id.message()),
            provenance: a.basis.provenance().id(),
            message: match a.basis.provenance() {
                Provenance::Stated(m) => Some(m),
                _ => None,
            },
        },
        category_purposes: a
            .categories
            .iter()
            .map(|&c| CategoryPurposes {
                category: c.id(),
                purposes: Labelled::all(l10n, &a.purposes_of(c)),
            })
            .collect(),
        subjects: Labelled::all(l10n, &a.subjects),
    }
}

/// One line per heading and block: `1.1. Title`, paragraphs as they are, list items as `- item`.
pub fn heading_line(section: &SectionText) -> String {
    if section.number.is_empty() {
        section.title.clone()
    } else {
        format!("{} {}", section.number, section.title)
    }
}

pub fn block_line(block: &BlockText) -> String {
    if block.kind == BlockKind::Li {
        format!("- {}", block.text)
    } else {
        block.text.clone()
    }
}

fn plain_text(sections: &[SectionText]) -> String {
    let mut lines = Vec::new();
    for section in sections {
        lines.push(heading_line(section));
        lines.extend(section.blocks.iter().map(block_line));
    }
    lines.join("\n")
}
