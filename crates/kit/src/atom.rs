//! The Atom feeds (RFC 4287) of changes, one per locale, for readers who follow the policy
//! without logging in.

use crate::static_site::page_file;
use crate::xml::escape;
use manetti_privacy_core::catalog::Catalog;
use manetti_privacy_core::diff::Comparison;
use manetti_privacy_core::l10n::Locale;
use manetti_privacy_model::date::Date;

/// The Atom feed (RFC 4287) of changes in `locale`: one entry per version after the first,
/// with its dates, change notes and summary, `material` or `editorial`, and a link to the
/// comparison on the static pages (`today` decides their file names, as in `static_site`).
pub fn atom(catalog: &Catalog, locale: Locale, today: Date) -> String {
    let l10n = catalog.localizer(locale, catalog.latest());
    let stamp = |date: Date| format!("{}T00:00:00Z", date.iso());
    let id = |tail: &str| format!("tag:manetti.online,2018-05-24:privacy-policy:{tail}");
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{locale}\">\n\
         <id>{}</id>\n<title>{}</title>\n<updated>{}</updated>\n\
         <author><name>{}</name></author>\n\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"changes.{locale}.atom\"/>\n\
         <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        id(&format!("changes.{locale}")),
        escape(&l10n.text("feed-title")),
        stamp(catalog.latest().published),
        escape(&l10n.text("company-name-plain")),
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
            escape(&l10n.text_with("feed-entry-title", &[("date", &published)])),
            stamp(v.published),
            stamp(v.published),
            escape(&l10n.text(&format!("compare-note-{kind}"))),
            escape(&href),
            escape(&content),
        );
    }
    out + "</feed>\n"
}
