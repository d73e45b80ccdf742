//! The change notice as a plain-text e-mail body, for customers who do not log in.

use manetti_privacy_core::catalog::Catalog;
use manetti_privacy_core::customer::Subject;
use manetti_privacy_core::diff::Comparison;
use manetti_privacy_core::input::options::ChangesOptions;
use manetti_privacy_core::input::Value;
use manetti_privacy_core::l10n::Locale;
use manetti_privacy_model::date::Date;
use manetti_privacy_model::error::Error;
use manetti_privacy_model::Version;
use manetti_privacy_view::banner::headline;

/// The change notice as a plain-text e-mail body, in `locale`, for a customer on `accepted`:
/// a greeting, the banner's headline, what changes for the reader (for `customer`, or for
/// every customer) in at most [`BULLETS`] bullets, the corrections and the effective date
/// where the headline has not said them, where to read the policy (left out without
/// `policy_url`), and a sign-off. `None` when the banner would not show: nothing to send.
pub fn changes_text(
    catalog: &Catalog,
    accepted: Option<&Version>,
    locale: Locale,
    today: Date,
    customer: Option<&Subject>,
    policy_url: Option<&str>,
) -> Option<String> {
    // The e-mail says what the banner's first screen says: no word runs.
    let changes = Comparison::since(catalog, accepted, locale, today, customer).outline();
    let l10n = catalog.localizer(locale, catalog.latest());
    // The banner's own rule and headline: one rule decides, one wording speaks.
    if !manetti_privacy_core::diff::notice::banner_due(&changes) {
        return None;
    }
    let screen = &changes.first_screen;
    let mut out = l10n.text("email-greeting") + "\n\n";
    out += &headline(&l10n, &changes);
    out += "\n";
    let mut items: Vec<&String> = Vec::new();
    for item in screen.yours.iter().chain(&screen.act) {
        if !items.contains(&item) {
            items.push(item);
        }
    }
    if !items.is_empty() {
        let intro = if screen.depends_on_services.is_some() {
            "notice-everyone-intro"
        } else {
            "notice-yours-intro"
        };
        out += &format!("\n{}\n", l10n.text(intro));
        for item in items.iter().take(BULLETS) {
            out += &format!("- {item}\n");
        }
        if items.len() > BULLETS {
            out += &format!("{}\n", l10n.text("email-more-in-policy"));
        }
    }
    let mut lines: Vec<String> = screen.depends_on_services.iter().cloned().collect();
    let headline_says_corrections = !changes.in_effect && screen.corrections_count > 0;
    if let Some(corrections) = screen
        .corrections
        .as_ref()
        .filter(|_| !headline_says_corrections)
    {
        lines.push(corrections.clone());
    }
    if changes.from.is_none() {
        // The headline names the publication date; say when it applies too.
        let date = l10n.date(changes.to.effective);
        lines.push(l10n.text_with("email-effective", &[("date", &date)]));
    }
    if !lines.is_empty() {
        out += &format!("\n{}\n", lines.join("\n"));
    }
    if let Some(url) = policy_url {
        out += &format!(
            "\n{}\n",
            l10n.text_with("email-read-policy", &[("url", url)])
        );
    }
    out += &format!("\n{}\n", l10n.text("email-sign-off"));
    Some(out)
}

/// At most this many bullets: the rest is in the policy the e-mail links to.
pub const BULLETS: usize = 5;

/// `changesText`'s options: `{ now?, customer?, policyUrl? }`; the first two as `changesSince`.
pub fn parse_text_options(options: &Value) -> Result<(ChangesOptions, Option<String>), Error> {
    let mut rest = options.clone();
    let mut url = None;
    if let Value::Object(fields) = &mut rest {
        if let Some(i) = fields.iter().position(|(k, _)| k == "policyUrl") {
            url = match fields.remove(i).1 {
                Value::String(s) => Some(s),
                Value::Null => None,
                other => {
                    return Err(Error::new(format!(
                        "options.policyUrl: expected a string, got {}",
                        other.kind()
                    )))
                }
            };
        }
    }
    Ok((ChangesOptions::parse(&rest)?, url))
}
