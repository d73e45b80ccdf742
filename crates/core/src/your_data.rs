//! "Your data": for one customer, which personal data the policy says we hold about them,
//! why, who receives it, how long it is kept, where it comes from and where the policy says so.
//! This is the overview the right of access asks for (AVG/GDPR art. 15), computed from the
//! structured policy and the customer record alone.

use crate::catalog::Catalog;
use crate::customer::{Customer, CustomerType, Known, Profile, Subject};
use crate::diff::{Changes, Comparison, VersionRef};
use crate::document::{heading_line, resolve_outline, Labelled};
use crate::l10n::{Locale, Localizer};
use manetti_privacy_model::compiled::MessageId;
use manetti_privacy_model::date::Date;
use manetti_privacy_model::{Category, Condition, Purpose, Recipient, Retention, Source, Version};
use serde::Serialize;

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct YourData {
    /// The policy version this overview reflects: the one in effect.
    pub version: VersionRef,
    pub locale: String,
    pub customer_type: &'static str,
    /// For business customers: what the AVG does and does not cover.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub business_note: Option<String>,
    pub held: Vec<DataItem>,
    /// Data the policy says we delete after use (ID copies after account recovery).
    pub deleted: Vec<DataItem>,
    /// With an accepted version older than the newest: what changes, this customer's first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes: Option<Changes>,
    /// The short answer first (art. 12(7) GDPR, a layered notice).
    #[serde(skip)]
    pub summary: Summary,
    /// A newer version, published and not yet in effect, that corrects untrue statements of
    /// this one: its corrections apply already.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub corrected_by: Option<CorrectedBy>,
}

/// The newer version whose corrections apply from its publication, and how many it makes.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CorrectedBy {
    pub version: VersionRef,
    pub corrections: usize,
}

/// The first layer: how many kinds of data, who receives some, what is kept longest. Derived
/// from `held`; not in the JSON (it repeats `held`), so that the module stays small.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The number of entries in `held`.
    pub kinds: usize,
    /// The organisations the policy names as receiving some of it, each once; `possibly`
    /// where every mention of it is hedged.
    pub recipients: Vec<RecipientDetail>,
    /// The longest retention period the version states for any held item; `None` where it
    /// states none.
    pub longest: Option<Longest>,
    /// How long the other held items are kept, in the words of the version: "not stated",
    /// or its general storage rule where it states one. `None` where `longest` covers all.
    pub others: Option<Labelled>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Longest {
    /// The period, in the words of the version.
    pub retention: Labelled,
    /// The held items kept that long.
    pub categories: Vec<Labelled>,
    /// The section that states it.
    pub section: SectionLink,
}

/// How long an item is kept, in the words of the version shown, and by whom.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RetentionDetail {
    /// The retention id (`not-stated`, `seven-years-tax-law`, …).
    pub id: &'static str,
    /// In the words of the version: the general storage rule where it states no period.
    pub label: String,
    /// The named recipients of the activities that keep it this long; empty where those
    /// activities name none (kept by us).
    pub recipients: Vec<Labelled>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct DataItem {
    pub category: Labelled,
    /// The customer's own value, as the panel passed it; shown as text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// A profile field for this item exists but the record has it `null` (or leaves it out):
    /// "not known in your account", never shown as held data.
    #[serde(skip_serializing_if = "is_false")]
    pub value_unknown: bool,
    /// The purposes the policy binds to this item ("not-stated" where it gives none).
    pub purposes: Vec<Labelled>,
    /// Who receives it: named recipients first, "not-stated" where an activity names none.
    pub recipients: Vec<Labelled>,
    pub retention: Vec<Labelled>,
    /// `retention` in the words of the version, each attributed to who keeps it that long.
    pub retention_details: Vec<RetentionDetail>,
    pub sources: Vec<Labelled>,
    pub sections: Vec<SectionLink>,
    /// Per recipient: whether the policy says only "possibly", and a transfer outside the EEA.
    pub recipient_details: Vec<RecipientDetail>,
    /// The policy says only that this item *may* be processed.
    pub possibly: bool,
    /// The item is held only if this holds, and the record does not tell ("only if you gave a
    /// billing address"). Empty when it is held regardless.
    pub conditions: Vec<Labelled>,
    /// The policy names this item *or* these alternatives, not necessarily both.
    pub one_of: Vec<Labelled>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RecipientDetail {
    pub id: &'static str,
    pub label: String,
    pub possibly: bool,
    /// "Outside the EEA (United States, Data Privacy Framework)" where the version lists a
    /// transfer for this recipient.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outside_eea: Option<String>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct SectionLink {
    pub id: String,
    pub heading: String,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// The customer's own value for a category, where the profile has it.
pub fn profile_value(profile: &Profile, category: Category) -> Option<String> {
    profile_field(profile, category).flatten()
}

/// `None` where the profile has no field for `category`; `Some(None)` where it has one but
/// the record does not know the value.
fn profile_field(profile: &Profile, category: Category) -> Option<Option<String>> {
    let value = match category {
        Category::Name => {
            let parts: Vec<&str> = [&profile.first_name, &profile.last_name]
                .iter()
                .filter_map(|p| p.as_deref())
                .collect();
            return Some((!parts.is_empty()).then(|| parts.join(" ")));
        }
        Category::Email => &profile.email,
        Category::Phone => &profile.phone,
        Category::PostalAddress => &profile.address,
        Category::BillingAddress => &profile.billing_address,
        Category::Gender => &profile.gender,
        Category::CompanyName => &profile.company_name,
        _ => return None,
    };
    Some(value.clone())
}

/// The message that states the general storage rule in a version's text.
const STORAGE_RULE: &str = "policy-retention-lead";

/// `retention` in the words of the version: with `rule` (the version states the general
/// storage rule, and the data is ours), that rule where it states no period.
fn words(l10n: &Localizer, retention: Retention, rule: bool) -> String {
    l10n.text(if retention == Retention::NotStated && rule {
        MessageId::from("your-data-retention-rule")
    } else {
        retention.message()
    })
}

/// How long the policy says data is kept, as a rank: 0 where it states no period.
fn period_rank(retention: Retention) -> u8 {
    match retention {
        Retention::NotStated => 0,
        Retention::DeletedAfterAccountRecovery => 1,
        Retention::SevenYearsTaxLaw => 2,
    }
}

/// What "your data" is asked for: parsed at the edge, so the locale and the accepted version
/// are the catalog's own.
pub struct YourDataRequest<'a> {
    pub customer: &'a Customer,
    pub locale: Locale,
    pub today: Date,
    pub accepted_version: Option<&'a Version>,
}

/// What the company holds about the customer, by the version in effect on `request.today`.
pub fn your_data(catalog: &Catalog, request: &YourDataRequest) -> YourData {
    let version = catalog.in_effect(request.today);
    let locale = request.locale;
    let l10n = catalog.localizer(locale, version);
    let customer = request.customer;
    let subject = customer.subject();
    let storage_rule = version
        .sections
        .iter()
        .any(|s| s.blocks.iter().any(|b| b.message() == STORAGE_RULE));
    let gathered = gather(version, &subject);
    let (held, deleted, longest) = present(&l10n, version, customer, gathered, storage_rule);
    let changes = match request.accepted_version {
        Some(accepted) if accepted.id != catalog.latest().id => Some(
            Comparison::since(
                catalog,
                Some(accepted),
                locale,
                request.today,
                Some(&subject),
            )
            .changes(),
        ),
        _ => None,
    };
    let latest = catalog.latest();
    let corrections = latest
        .notes
        .iter()
        .filter(|n| n.kind == manetti_privacy_model::NoteKind::Correction)
        .count();
    let corrected_by = (latest.id != version.id
        && latest.published <= request.today
        && corrections > 0)
        .then(|| CorrectedBy {
            version: VersionRef::of(latest),
            corrections,
        });
    YourData {
        corrected_by,
        version: VersionRef::of(version),
        locale: locale.as_str().to_string(),
        customer_type: customer.customer_type.id(),
        business_note: (customer.customer_type == CustomerType::Business)
            .then(|| l10n.text("your-data-business-note")),
        summary: Summary {
            kinds: held.len(),
            recipients: summary_recipients(&held),
            others: (held.len() > longest.as_ref().map_or(0, |l| l.categories.len())).then(|| {
                Labelled {
                    id: Retention::NotStated.id(),
                    label: words(&l10n, Retention::NotStated, storage_rule),
                }
            }),
            longest,
        },
        held,
        deleted,
        changes,
    }
}

/// The named recipients of the held items, each once, in order of first mention.
fn summary_recipients(held: &[DataItem]) -> Vec<RecipientDetail> {
    let mut out: Vec<RecipientDetail> = Vec::new();
    for item in held {
        for r in &item.recipient_details {
            match out.iter_mut().find(|o| o.id == r.id) {
                Some(o) => o.possibly &= r.possibly,
                None if r.id != Recipient::NotStated.id() => out.push(r.clone()),
                None => {}
            }
        }
    }
    out
}

/// Adds `item` to `list` unless a value with its id is there.
fn push_new<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// One kind of data the policy says is held about the customer, gathered across the
/// activities that concern them: ids and enums only ([`present`] puts it into words).
struct Gathered<'v> {
    category: Category,
    purposes: Vec<Purpose>,
    /// Each recipient once, with whether every mention of it is hedged ("possibly").
    recipients: Vec<(Recipient, bool)>,
    /// Each retention once, in order of appearance.
    kept: Vec<Kept>,
    sources: Vec<Source>,
    /// The ids of the sections that state it, in order.
    sections: Vec<&'v str>,
    /// The conditions the record does not decide ("only if you gave a billing address").
    conditions: Vec<Condition>,
    /// The alternatives the policy names it with ("company name or name").
    one_of: Vec<Category>,
    /// Every activity that holds it deletes it after account recovery.
    only_deleted: bool,
    /// Some activity holds it without an unknown condition / without alternatives / for sure.
    unconditional: bool,
    without_alternatives: bool,
    certain: bool,
}

/// How long an item is kept by the activities with one retention: their named recipients,
/// and where that is stated (an index into `Gathered::sections`).
struct Kept {
    retention: Retention,
    recipients: Vec<Recipient>,
    section: usize,
}

impl Gathered<'_> {
    fn new(category: Category) -> Self {
        Gathered {
            category,
            purposes: vec![],
            recipients: vec![],
            kept: vec![],
            sources: vec![],
            sections: vec![],
            conditions: vec![],
            one_of: vec![],
            only_deleted: true,
            unconditional: false,
            without_alternatives: false,
            certain: false,
        }
    }
}

/// Every kind of data held about the customer by the activities of `version` that concern
/// them, in order of first mention.
fn gather<'v>(version: &'v Version, subject: &Subject) -> Vec<Gathered<'v>> {
    let mut collected: Vec<Gathered> = Vec::new();
    for section in &version.sections {
        for activity in section
            .activities
            .iter()
            .filter(|a| subject.concerned_by(a))
        {
            for &category in &activity.categories {
                let model_item = activity.item(category);
                let when = model_item.and_then(|i| i.when);
                let known = when.map_or(Known::Yes, |c| subject.holds(c));
                if known == Known::No {
                    continue;
                }
                let alternatives: Vec<Category> = model_item
                    .and_then(|i| i.one_of.as_ref())
                    .map(|group| {
                        activity
                            .items
                            .iter()
                            .filter(|o| o.category != category && o.one_of.as_ref() == Some(group))
                            .filter(|o| o.when.is_none_or(|c| subject.holds(c) != Known::No))
                            .map(|o| o.category)
                            .collect()
                    })
                    .unwrap_or_default();
                let index = match collected.iter().position(|g| g.category == category) {
                    Some(i) => i,
                    None => {
                        collected.push(Gathered::new(category));
                        collected.len() - 1
                    }
                };
                let g = &mut collected[index];
                for p in activity.purposes_of(category) {
                    push_new(&mut g.purposes, p);
                }
                // "Possibly": the policy says the activity may happen, or this item is one of
                // alternatives ("company name or name") that the record cannot decide.
                let hedged = activity.possibly || !alternatives.is_empty();
                for &r in &activity.recipients {
                    match g.recipients.iter_mut().find(|(x, _)| *x == r) {
                        Some((_, possibly)) => *possibly &= hedged,
                        None => g.recipients.push((r, hedged)),
                    }
                }
                for source in activity.sources_of(category) {
                    push_new(&mut g.sources, source);
                }
                push_new(&mut g.sections, section.id.as_str());
                let at = g
                    .sections
                    .iter()
                    .position(|s| *s == section.id)
                    .unwrap_or(0);
                let k = match g
                    .kept
                    .iter()
                    .position(|k| k.retention == activity.retention)
                {
                    Some(k) => k,
                    None => {
                        g.kept.push(Kept {
                            retention: activity.retention,
                            recipients: vec![],
                            section: at,
                        });
                        g.kept.len() - 1
                    }
                };
                for &r in &activity.recipients {
                    if r != Recipient::NotStated {
                        push_new(&mut g.kept[k].recipients, r);
                    }
                }
                match (known, when) {
                    (Known::Unknown, Some(c)) => push_new(&mut g.conditions, c),
                    _ => g.unconditional = true,
                }
                if alternatives.is_empty() {
                    g.without_alternatives = true;
                }
                for alt in alternatives {
                    push_new(&mut g.one_of, alt);
                }
                g.certain |= !activity.possibly;
                g.only_deleted &= activity.retention == Retention::DeletedAfterAccountRecovery;
            }
        }
    }
    collected
}

type Items = (Vec<DataItem>, Vec<DataItem>, Option<Longest>);

/// The gathered items in the words of `version` (`l10n`): held and deleted, and the longest
/// period stated for any held item.
fn present(
    l10n: &Localizer,
    version: &Version,
    customer: &Customer,
    gathered: Vec<Gathered>,
    storage_rule: bool,
) -> Items {
    let doc = resolve_outline(l10n, version);
    let link = |id: &str| SectionLink {
        id: id.to_string(),
        heading: doc
            .sections
            .iter()
            .find(|s| s.id == id)
            .map(heading_line)
            .unwrap_or_default(),
    };
    let mut held = Vec::new();
    let mut deleted = Vec::new();
    let mut longest: Option<(Retention, Longest)> = None;
    for g in gathered {
        let field = profile_field(&customer.profile, g.category);
        let category = Labelled::of(l10n, g.category);
        let sections: Vec<SectionLink> = g.sections.iter().map(|id| link(id)).collect();
        let split = g.kept.len() > 1;
        let mut retention_details = Vec::new();
        for kept in &g.kept {
            // The general storage rule is ours: where retention is split, a recipient's
            // share is "not stated", never our rule.
            let rule = storage_rule && (!split || kept.recipients.is_empty());
            retention_details.push(RetentionDetail {
                id: kept.retention.id(),
                label: words(l10n, kept.retention, rule),
                recipients: Labelled::all(l10n, &kept.recipients),
            });
            if g.only_deleted || period_rank(kept.retention) == 0 {
                continue;
            }
            match &mut longest {
                Some((r, l)) if *r == kept.retention => {
                    if !l.categories.iter().any(|c| c.id == category.id) {
                        l.categories.push(category.clone());
                    }
                }
                Some((r, _)) if period_rank(*r) >= period_rank(kept.retention) => {}
                _ => {
                    longest = Some((
                        kept.retention,
                        Longest {
                            retention: Labelled {
                                id: kept.retention.id(),
                                label: words(l10n, kept.retention, storage_rule),
                            },
                            categories: vec![category.clone()],
                            section: sections[kept.section].clone(),
                        },
                    ))
                }
            }
        }
        // Named recipients first; "not stated" last.
        let named = g
            .recipients
            .iter()
            .filter(|(r, _)| *r != Recipient::NotStated);
        let unnamed = g
            .recipients
            .iter()
            .filter(|(r, _)| *r == Recipient::NotStated);
        let recipients: Vec<(Recipient, bool)> = named.chain(unnamed).copied().collect();
        let item = DataItem {
            category,
            value_unknown: field == Some(None),
            value: field.flatten(),
            purposes: Labelled::all(l10n, &g.purposes),
            recipients: recipients
                .iter()
                .map(|&(r, _)| Labelled::of(l10n, r))
                .collect(),
            retention: g
                .kept
                .iter()
                .map(|k| Labelled::of(l10n, k.retention))
                .collect(),
            retention_details,
            sources: Labelled::all(l10n, &g.sources),
            sections,
            recipient_details: recipients
                .iter()
                .map(|&(r, possibly)| RecipientDetail {
                    id: r.id(),
                    label: l10n.text(r.message()),
                    possibly,
                    outside_eea: version
                        .transfers
                        .iter()
                        .any(|t| t.recipient == r)
                        .then(|| l10n.text("your-data-outside-eea")),
                })
                .collect(),
            possibly: !g.certain,
            conditions: if g.unconditional {
                vec![]
            } else {
                Labelled::all(l10n, &g.conditions)
            },
            one_of: if g.without_alternatives {
                vec![]
            } else {
                Labelled::all(l10n, &g.one_of)
            },
        };
        if g.only_deleted {
            deleted.push(item);
        } else {
            held.push(item);
        }
    }
    (held, deleted, longest.map(|(_, l)| l))
}
