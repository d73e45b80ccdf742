//! "Your data": for one customer, which personal data the policy says we hold about them,
//! why, who receives it, how long it is kept, where it comes from and where the policy says so.
//! This is the overview the right of access asks for (AVG/GDPR art. 15), computed from the
//! structured policy and the customer record alone.

use crate::catalog::Catalog;
use crate::customer::{Customer, CustomerType, Profile, Subject};
use crate::date::Date;
use crate::diff::{changes_since, Changes, VersionRef};
use crate::document::{heading_line, resolve_with, Labelled};
use crate::l10n::Localizer;
use crate::model::{Category, Retention, Version};
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
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct DataItem {
    pub category: Labelled,
    /// The customer's own value, as the panel passed it; shown as text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    pub purposes: Vec<Labelled>,
    pub recipients: Vec<Labelled>,
    pub retention: Vec<Labelled>,
    pub sources: Vec<Labelled>,
    pub sections: Vec<SectionLink>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct SectionLink {
    pub id: String,
    pub heading: String,
}

/// The customer's own value for a category, where the profile has it.
pub fn profile_value(profile: &Profile, category: Category) -> Option<String> {
    let value = match category {
        Category::Name => {
            let parts: Vec<&str> = [&profile.first_name, &profile.last_name]
                .iter()
                .filter_map(|p| p.as_deref())
                .collect();
            return if parts.is_empty() {
                None
            } else {
                Some(parts.join(" "))
            };
        }
        Category::Email => &profile.email,
        Category::Phone => &profile.phone,
        Category::PostalAddress => &profile.address,
        Category::BillingAddress => &profile.billing_address,
        Category::Gender => &profile.gender,
        Category::CompanyName => &profile.company_name,
        _ => return None,
    };
    value.clone()
}

pub struct YourDataRequest<'a> {
    pub customer: &'a Customer,
    pub locale: &'a str,
    pub today: Date,
    pub accepted_version: Option<&'a str>,
}

pub fn your_data(
    catalog: &Catalog,
    request: &YourDataRequest,
) -> Result<YourData, crate::error::Error> {
    let version = catalog.in_effect(request.today);
    let locale = catalog.locale("locale", request.locale)?;
    let l10n = catalog.localizer(locale, version);
    let customer = request.customer;
    let subject = customer.subject();
    let (held, deleted) = items(&l10n, version, customer, &subject);
    let changes = match request.accepted_version {
        Some(id) if id != catalog.latest().id => Some(changes_since(
            catalog,
            Some(id),
            locale,
            request.today,
            Some(&subject),
        )?),
        _ => None,
    };
    Ok(YourData {
        version: VersionRef::of(version),
        locale: request.locale.to_string(),
        customer_type: customer.customer_type.id(),
        business_note: (customer.customer_type == CustomerType::Business)
            .then(|| l10n.text("your-data-business-note")),
        held,
        deleted,
        changes,
    })
}

fn push_unique(list: &mut Vec<Labelled>, item: Labelled) {
    if !list.iter().any(|l| l.id == item.id) {
        list.push(item);
    }
}

fn items(
    l10n: &Localizer,
    version: &Version,
    customer: &Customer,
    subject: &Subject,
) -> (Vec<DataItem>, Vec<DataItem>) {
    let doc = resolve_with(l10n, version);
    let mut collected: Vec<(Category, DataItem, bool)> = Vec::new();
    for section in &version.sections {
        let heading = doc
            .sections
            .iter()
            .find(|s| s.id == section.id)
            .map(heading_line)
            .unwrap_or_default();
        for activity in section
            .activities
            .iter()
            .filter(|a| subject.concerned_by(a))
        {
            for &category in &activity.categories {
                let index = match collected.iter().position(|(c, _, _)| *c == category) {
                    Some(i) => i,
                    None => {
                        collected.push((
                            category,
                            DataItem {
                                category: Labelled::of(l10n, category),
                                value: profile_value(&customer.profile, category),
                                purposes: vec![],
                                recipients: vec![],
                                retention: vec![],
                                sources: vec![],
                                sections: vec![],
                            },
                            true,
                        ));
                        collected.len() - 1
                    }
                };
                let (_, item, only_deleted) = &mut collected[index];
                for &p in &activity.purposes {
                    push_unique(&mut item.purposes, Labelled::of(l10n, p));
                }
                for &r in &activity.recipients {
                    push_unique(&mut item.recipients, Labelled::of(l10n, r));
                }
                push_unique(&mut item.retention, Labelled::of(l10n, activity.retention));
                let source = activity.source_of(category);
                push_unique(&mut item.sources, Labelled::of(l10n, source));
                if !item.sections.iter().any(|s| s.id == section.id) {
                    item.sections.push(SectionLink {
                        id: section.id.clone(),
                        heading: heading.clone(),
                    });
                }
                *only_deleted &= activity.retention == Retention::DeletedAfterAccountRecovery;
            }
        }
    }
    let (deleted, held): (Vec<_>, Vec<_>) = collected
        .into_iter()
        .partition(|(_, _, only_deleted)| *only_deleted);
    let strip =
        |v: Vec<(Category, DataItem, bool)>| v.into_iter().map(|(_, item, _)| item).collect();
    (strip(held), strip(deleted))
}
