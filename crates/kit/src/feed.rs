//! What reaches the customers who do not log in, and the backends that never load the wasm:
//! `versions.json` (dates, materiality, text hashes), the Atom feeds of changes, and the
//! change summary as a plain-text e-mail body.

use manetti_privacy_core::catalog::Catalog;
use manetti_privacy_core::diff::Comparison;
use manetti_privacy_core::document::resolve;
use manetti_privacy_core::receipt::content_sha256;

/// `versions.json`: every version, oldest first, with its dates, whether it changed
/// materially since each earlier version, and the SHA-256 of its canonical text per locale
/// (what a valid receipt's `contentSha256` is).
pub fn versions_json(catalog: &Catalog) -> String {
    use serde_json::{json, Map, Value};
    // Materiality does not depend on the day; `in_effect` is not written.
    let day = manetti_privacy_model::date::Date::from_unix_days(0);
    let authoritative = manetti_privacy_core::l10n::Locale::AUTHORITATIVE;
    let all = catalog.versions();
    let list: Vec<Value> = all
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let mut material = Map::new();
            for earlier in &all[..i] {
                let changes =
                    Comparison::between(catalog, Some(earlier), v, authoritative, day).outline();
                material.insert(earlier.id.to_string(), Value::Bool(changes.material));
            }
            let mut sha = Map::new();
            for locale in catalog.locales() {
                let hash = content_sha256(&resolve(catalog, v, *locale));
                sha.insert(locale.to_string(), Value::String(hash));
            }
            json!({
                "id": v.id, "published": v.published, "effective": v.effective,
                "materialSince": material, "contentSha256": sha,
            })
        })
        .collect();
    let doc = json!({ "locales": catalog.locales(), "versions": list });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}

/// The change notice as a plain-text e-mail body, in `locale`, for a customer on `accepted`:
/// the banner's headline, the effective date, the material changes in plain words (those that
/// touch `customer` first), the material change notes, and where to read the policy.
/// `None` when the banner would not show: there is nothing to send.
pub fn changes_text(
    catalog: &Catalog,
    accepted: Option<&str>,
    locale: manetti_privacy_core::l10n::Locale,
    today: manetti_privacy_model::date::Date,
    customer: Option<&manetti_privacy_core::customer::Subject>,
    policy_url: Option<&str>,
) -> Result<Option<String>, manetti_privacy_model::error::Error> {
    // The e-mail shows the banner's summary: no word runs.
    let changes = Comparison::since(catalog, accepted, locale, today, customer)?.outline();
    let l10n = catalog.localizer(locale, catalog.latest());
    // The banner's own rule and headline: one rule decides, one wording speaks.
    if !manetti_privacy_core::diff::notice::banner_due(&changes) {
        return Ok(None);
    }
    let mut out = manetti_privacy_view::banner::headline(&l10n, &changes) + "\n\n";
    if changes.from.is_none() {
        // The headline names the publication date; say when it applies too.
        let date = l10n.date(changes.to.effective);
        out += &l10n.text_with("email-effective", &[("date", &date)]);
        out += "\n";
    }
    let mut items: Vec<String> = changes
        .summary
        .iter()
        .map(|line| match line.affects_you {
            Some(true) => format!("{} {}", l10n.text("changes-affects-you"), line.text),
            _ => line.text.clone(),
        })
        .collect();
    items.extend(
        changes
            .notes
            .iter()
            .filter(|n| n.material)
            .map(|n| n.text.clone()),
    );
    if !items.is_empty() {
        out += &format!("\n{}\n", l10n.text("banner-summary-intro"));
        for item in items {
            out += &format!("- {item}\n");
        }
    }
    let url = policy_url.map_or_else(|| l10n.text("email-policy-url-missing"), str::to_string);
    out += &format!(
        "\n{}\n",
        l10n.text_with("email-read-policy", &[("url", &url)])
    );
    Ok(Some(out))
}

/// `changesText`'s options: `{ now?, customer?, policyUrl? }`; the first two as `changesSince`.
pub fn parse_text_options(
    options: &manetti_privacy_core::input::Value,
) -> Result<
    (
        manetti_privacy_core::input::options::ChangesOptions,
        Option<String>,
    ),
    manetti_privacy_model::error::Error,
> {
    use manetti_privacy_core::input::Value;
    let mut rest = options.clone();
    let mut url = None;
    if let Value::Object(fields) = &mut rest {
        if let Some(i) = fields.iter().position(|(k, _)| k == "policyUrl") {
            url = match fields.remove(i).1 {
                Value::String(s) => Some(s),
                Value::Null => None,
                other => {
                    return Err(manetti_privacy_model::error::Error::new(format!(
                        "options.policyUrl: expected a string, got {}",
                        other.kind()
                    )))
                }
            };
        }
    }
    Ok((
        manetti_privacy_core::input::options::ChangesOptions::parse(&rest)?,
        url,
    ))
}

/// The Atom feed (RFC 4287) of changes in `locale`: one entry per version after the first,
/// with its dates, change notes and summary, `material` or `editorial`, and a link to the
/// comparison on the static pages (`today` decides their file names, as in `static_site`).
pub fn atom(
    catalog: &Catalog,
    locale: manetti_privacy_core::l10n::Locale,
    today: manetti_privacy_model::date::Date,
) -> String {
    use crate::static_site::page_file;
    let l10n = catalog.localizer(locale, catalog.latest());
    let stamp = |date: manetti_privacy_model::date::Date| format!("{}T00:00:00Z", date.iso());
    let id = |tail: &str| format!("tag:manetti.online,2018-05-24:privacy-policy:{tail}");
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{locale}\">\n\
         <id>{}</id>\n<title>{}</title>\n<updated>{}</updated>\n\
         <author><name>{}</name></author>\n\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"changes.{locale}.atom\"/>\n\
         <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        id(&format!("changes.{locale}")),
        xml(&l10n.text("feed-title")),
        stamp(catalog.latest().published),
        xml(&l10n.text("company-name-plain")),
        page_file(catalog, today, locale, &catalog.latest().id),
    );
    let versions = catalog.versions();
    for (i, v) in versions.iter().enumerate().skip(1).rev() {
        let previous = &versions[i - 1];
        let changes = Comparison::between(catalog, Some(previous), v, locale, today).outline();
        let kind = if changes.material {
            "material"
        } else {
            "editorial"
        };
        let published = l10n.date(v.published);
        let effective = l10n.date(v.effective);
        let mut content = l10n.text_with("email-effective", &[("date", &effective)]) + "\n";
        for line in changes.notes.iter().map(|n| &n.text) {
            content += &format!("\n- {line}");
        }
        for line in changes.summary.iter().map(|s| &s.text) {
            content += &format!("\n- {line}");
        }
        let href = format!(
            "{}?compare={}",
            page_file(catalog, today, locale, &v.id),
            previous.id
        );
        out += &format!(
            "<entry>\n<id>{}</id>\n<title>{}</title>\n<published>{}</published>\n\
             <updated>{}</updated>\n<category term=\"{kind}\" label=\"{}\"/>\n\
             <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n\
             <content type=\"text\">{}</content>\n</entry>\n",
            id(&format!("{}:{locale}", v.id)),
            xml(&l10n.text_with("feed-entry-title", &[("date", &published)])),
            stamp(v.published),
            stamp(v.published),
            xml(&l10n.text(&format!("compare-note-{kind}"))),
            xml(&href),
            xml(&content),
        );
    }
    out + "</feed>\n"
}

/// Escapes text for XML content and attribute values.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// `renderPolicyHtml`: the policy page exactly as `mountPolicy` first renders it (the same
/// view tree), written by the static pages' HTML writer. `version` defaults to the one in
/// effect on `today`.
pub fn render_policy_html(
    catalog: &Catalog,
    locale: manetti_privacy_core::l10n::Locale,
    version: Option<&str>,
    today: manetti_privacy_model::date::Date,
) -> Result<String, manetti_privacy_model::error::Error> {
    use manetti_privacy_view::policy_page::{policy_page, Navigation, PageContext};
    let version = match version {
        Some(id) => catalog.version("version", id)?,
        None => catalog.in_effect(today),
    };
    let l10n = catalog.localizer(locale, version);
    let doc = manetti_privacy_core::document::resolve_with(&l10n, version);
    let ctx = PageContext {
        catalog,
        l10n: &l10n,
        today,
        navigation: Navigation::Buttons,
        comparison: None,
    };
    Ok(manetti_privacy_view::html::to_html(
        &policy_page(&ctx, &doc).into(),
    ))
}

/// `renderBannerHtml`: the banner exactly as `mountBanner` first renders it, as HTML; empty
/// when the banner would not show.
pub fn render_banner_html(
    catalog: &Catalog,
    accepted: Option<&str>,
    locale: manetti_privacy_core::l10n::Locale,
    today: manetti_privacy_model::date::Date,
) -> Result<String, manetti_privacy_model::error::Error> {
    let changes =
        manetti_privacy_core::diff::changes_since(catalog, accepted, locale, today, None)?;
    let l10n = catalog.localizer(locale, catalog.latest());
    let view = manetti_privacy_view::banner::banner(&l10n, &changes, false);
    Ok(view.map_or_else(String::new, |e| {
        manetti_privacy_view::html::to_html(&e.into())
    }))
}
