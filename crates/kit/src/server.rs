//! Server rendering: the policy page and the banner as HTML, from the very view trees the
//! mounted components render first, for panels rendered on a server.

use manetti_privacy_core::catalog::Catalog;
use manetti_privacy_core::diff::Comparison;
use manetti_privacy_core::document::resolve_text;
use manetti_privacy_core::l10n::Locale;
use manetti_privacy_model::date::Date;
use manetti_privacy_model::Version;
use manetti_privacy_view::banner::banner;
use manetti_privacy_view::html::to_html;
use manetti_privacy_view::policy_page::{policy_page, Navigation, PageContext};

/// `renderPolicyHtml`: the policy page exactly as `mountPolicy` first renders it (the same
/// view tree), written by the static pages' HTML writer. `version` defaults to the one in
/// effect on `today`.
pub fn render_policy_html(
    catalog: &Catalog,
    locale: Locale,
    version: Option<&Version>,
    today: Date,
) -> String {
    let version = version.unwrap_or_else(|| catalog.in_effect(today));
    let l10n = catalog.localizer(locale, version);
    let doc = resolve_text(&l10n, version);
    let ctx = PageContext {
        catalog,
        l10n: &l10n,
        today,
        navigation: Navigation::Buttons,
        comparison: None,
        notice: None,
    };
    to_html(&policy_page(&ctx, &doc).into())
}

/// `renderBannerHtml`: the banner exactly as `mountBanner` first renders it, as HTML; empty
/// when the banner would not show.
pub fn render_banner_html(
    catalog: &Catalog,
    accepted: Option<&Version>,
    locale: Locale,
    today: Date,
) -> String {
    // As `mountBanner`: the outline, without the paragraphs' word runs.
    let changes = Comparison::since(catalog, accepted, locale, today, None).outline();
    let l10n = catalog.localizer(locale, catalog.latest());
    banner(&l10n, &changes, false).map_or_else(String::new, |e| to_html(&e.into()))
}
