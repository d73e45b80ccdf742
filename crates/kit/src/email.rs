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

/// The change notice as a plain-text e-mail body, in `locale`, for a customer on `accepted`:
/// the banner's headline, the effective date, the material changes in plain words (those that
/// touch `customer` first), the material change notes, and where to read the policy.
/// `None` when the banner would not show: there is nothing to send.
pub fn changes_text(
    catalog: &Catalog,
    accepted: Option<&Version>,
    locale: Locale,
    today: Date,
    customer: Option<&Subject>,
    policy_url: Option<&str>,
) -> Option<String> {
    // The e-mail shows the banner's summary: no word runs.
    let changes = Comparison::since(catalog, accepted, locale, today, customer).outline();
    let l10n = catalog.localizer(locale, catalog.latest());
    // The banner's own rule and headline: one rule decides, one wording speaks.
    if !manetti_privacy_core::diff::notice::banner_due(&changes) {
        return None;
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
    Some(out)
}

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
