//! The control-panel kit, natively: the acceptance decision agrees with the banner,
//! `versions.json` agrees with the catalog, receipts verify, feeds and e-mail texts hold.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{changes_since, date, fixture_catalog, needs_acceptance, shipped};
use manetti_privacy_core::catalog::Catalog;
use manetti_privacy_core::diff::Comparison;
use manetti_privacy_core::document::resolve;
use manetti_privacy_core::l10n::Locale;
use manetti_privacy_core::receipt::{content_sha256, receipt};
use manetti_privacy_model::date::Date;
use manetti_privacy_view::banner::banner;

/// The days around every date of every version: the day before, the day, the day after.
fn days_around(catalog: &Catalog) -> Vec<Date> {
    let mut days = Vec::new();
    for v in catalog.versions() {
        for d in [v.published, v.effective] {
            let n = days_since_epoch(d);
            days.extend([n - 1, n, n + 1].map(Date::from_unix_days));
        }
    }
    days
}

fn days_since_epoch(d: Date) -> i64 {
    (0..40_000)
        .find(|n| Date::from_unix_days(*n) == d)
        .expect("a date after 1970")
}

/// `needsAcceptance` and the banner agree (both decide by `banner_due`), and both give the
/// answer written down here from the versions' own notes: `needed` exactly for a customer who
/// accepted nothing or a version in `must_accept_again`.
fn assert_agrees(catalog: &Catalog, must_accept_again: &[&str]) {
    let accepted: Vec<Option<&str>> = std::iter::once(None)
        .chain(catalog.versions().iter().map(|v| Some(v.id.as_str())))
        .collect();
    let mut shown = 0;
    for today in days_around(catalog) {
        for a in &accepted {
            let decision = needs_acceptance(catalog, *a, today);
            for locale in catalog.locales() {
                let changes = changes_since(catalog, *a, *locale, today, None);
                let l10n = catalog.localizer(*locale, catalog.latest());
                let renders = banner(&l10n, &changes, false).is_some();
                assert_eq!(
                    decision.needed, renders,
                    "accepted {a:?} on {today:?} in {locale}"
                );
                assert_eq!(decision.in_effect, changes.in_effect);
                let expected = a.is_none_or(|id| must_accept_again.contains(&id));
                assert_eq!(decision.needed, expected, "accepted {a:?} on {today:?}");
                shown += usize::from(renders);
            }
            assert_eq!(decision.version, catalog.latest().id);
            assert_eq!(decision.effective, catalog.latest().effective);
        }
    }
    assert!(shown > 0, "some case shows a banner");
}

#[test]
fn needs_acceptance_agrees_with_the_banner_on_every_version_and_day_shipped() {
    // 2018 → 2026-11-26 changes what is done with data (new recipients, transfers).
    assert_agrees(shipped(), &["2018-05-24"]);
}

#[test]
fn needs_acceptance_agrees_with_the_banner_on_the_fixture_chain() {
    let catalog = fixture_catalog("chain");
    // 2020-01-01 → 2020-06-01 is material; 2020-06-01 → 2021-01-01 editorial only.
    assert_agrees(&catalog, &["2020-01-01"]);
    // The chain's last step is editorial only: no acceptance needed from the one before it.
    let before_last = &catalog.versions()[catalog.versions().len() - 2].id;
    let d = needs_acceptance(&catalog, Some(before_last), date("2030-01-01"));
    assert!(!d.needed && !d.material);
}

#[test]
fn needs_acceptance_names_an_unknown_version() {
    // The edges (the export, the CLI) parse the id with this one function.
    let e = manetti_privacy_core::input::options::version(
        shipped(),
        "acceptedVersion",
        Some("2019-01-01"),
    )
    .unwrap_err();
    assert!(e
        .message()
        .starts_with("acceptedVersion: unknown value \"2019-01-01\""));
}

#[test]
fn versions_json_agrees_with_the_catalog() {
    let catalog = shipped();
    let json: serde_json::Value =
        serde_json::from_str(&manetti_privacy_kit::versions_json::versions_json(catalog)).unwrap();
    let list = json["versions"].as_array().unwrap();
    assert_eq!(list.len(), catalog.versions().len());
    for (i, (entry, v)) in list.iter().zip(catalog.versions()).enumerate() {
        assert_eq!(entry["id"], v.id.as_str());
        assert_eq!(entry["published"], v.published.iso().as_str());
        assert_eq!(entry["effective"], v.effective.iso().as_str());
        let material = entry["materialSince"].as_object().unwrap();
        assert_eq!(material.len(), i);
        for earlier in &catalog.versions()[..i] {
            let today = date("2000-01-01");
            let d = Comparison::between(catalog, Some(earlier), v, Locale::AUTHORITATIVE, today)
                .changes();
            assert_eq!(material[earlier.id.as_str()], d.material);
        }
        for locale in catalog.locales() {
            let doc = resolve(catalog, v, *locale);
            assert_eq!(
                entry["contentSha256"][locale.as_str()],
                content_sha256(&doc).as_str()
            );
            assert_eq!(content_sha256(&doc), receipt(&doc, "x").content_sha256);
        }
    }
    // Every step of the shipped history so far is material.
    assert_eq!(
        list.last().unwrap()["materialSince"][catalog.versions()[0].id.as_str()],
        true
    );
}

use std::process::Command;

/// Runs the `manetti-privacy` command with `args`: its exit code and its stdout + stderr.
fn cli(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_manetti-privacy"))
        .args(args)
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

mod receipts {
    use super::*;
    use manetti_privacy_core::input::Value;
    use manetti_privacy_core::verify::{is_timestamp, verify_receipt};

    fn genuine(version: &str, locale: &str) -> serde_json::Value {
        let catalog = shipped();
        let locale = catalog.locale("locale", locale).unwrap();
        let doc = resolve(catalog, catalog.version("v", version).unwrap(), locale);
        serde_json::to_value(receipt(&doc, "2026-11-26T09:30:00.123Z")).unwrap()
    }

    fn to_value(json: &serde_json::Value) -> Value {
        match json {
            serde_json::Value::String(s) => Value::String(s.clone()),
            serde_json::Value::Object(o) => {
                Value::Object(o.iter().map(|(k, v)| (k.clone(), to_value(v))).collect())
            }
            serde_json::Value::Null => Value::Null,
            other => Value::Other(other.to_string()),
        }
    }

    fn reason(json: &serde_json::Value) -> Option<String> {
        verify_receipt(shipped(), &to_value(json)).reason
    }

    #[test]
    fn a_genuine_receipt_of_every_version_and_locale_is_valid() {
        for v in shipped().versions() {
            for locale in shipped().locales() {
                let r = verify_receipt(shipped(), &to_value(&genuine(&v.id, locale.as_str())));
                assert!(r.valid && r.reason.is_none(), "{} {locale}", v.id);
            }
        }
    }

    #[test]
    fn each_flaw_is_named() {
        let id = shipped().latest().id.clone();
        let cases: [(&str, serde_json::Value, &str); 6] = [
            (
                "version",
                "2019-01-01".into(),
                "receipt.version: unknown value \"2019-01-01\"",
            ),
            (
                "locale",
                "de".into(),
                "receipt.locale: unknown value \"de\"",
            ),
            (
                "acceptedAt",
                "2026-02-30T10:00:00Z".into(),
                "receipt.acceptedAt:",
            ),
            ("acceptedAt", "yesterday".into(), "receipt.acceptedAt:"),
            (
                "contentSha256",
                "00".repeat(32).into(),
                "receipt.contentSha256: does not match",
            ),
            ("extra", "x".into(), "receipt.extra: unknown key"),
        ];
        for (key, value, expected) in cases {
            let mut r = genuine(&id, "nl");
            r[key] = value;
            let got = reason(&r).unwrap_or_default();
            assert!(got.starts_with(expected), "{key}: {got}");
        }
        // The hash of another locale's text does not pass for this one.
        let mut r = genuine(&id, "nl");
        r["contentSha256"] = genuine(&id, "en")["contentSha256"].clone();
        assert!(reason(&r).unwrap().starts_with("receipt.contentSha256"));
        let mut r = genuine(&id, "nl");
        r.as_object_mut().unwrap().remove("acceptedAt");
        assert_eq!(reason(&r).unwrap(), "receipt.acceptedAt: missing");
        assert!(reason(&serde_json::json!([]))
            .unwrap()
            .starts_with("receipt: expected an object"));
    }

    #[test]
    fn timestamps_are_checked_field_by_field() {
        for ok in [
            "2026-11-26T09:30Z",
            "2026-11-26T09:30:00Z",
            "2026-11-26T09:30:00.5+01:00",
            "2024-02-29T23:59:60-12:00",
        ] {
            assert!(is_timestamp(ok), "{ok}");
        }
        for bad in [
            "2026-11-26",
            "2026-11-26T24:00:00Z",
            "2026-11-26T09:60:00Z",
            "2026-11-26T09:30:00",
            "2026-11-26T09:30:00.Z",
            "2026-11-26T09:30:00+1:00",
            "2025-02-29T10:00:00Z",
            "2026-11-26 09:30:00Z",
            "2026-11-26T09:30:00Zjunk",
        ] {
            assert!(!is_timestamp(bad), "{bad}");
        }
    }

    #[test]
    fn the_verify_command_exits_0_for_a_genuine_receipt_and_1_otherwise() {
        let dir = std::env::temp_dir().join(format!("mp-kit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = |name: &str| dir.join(name).to_string_lossy().to_string();
        let good = genuine(&shipped().latest().id, "en");
        std::fs::write(path("good.json"), good.to_string()).unwrap();
        let mut bad = good.clone();
        bad["locale"] = "nl".into();
        std::fs::write(path("bad.json"), bad.to_string()).unwrap();
        std::fs::write(path("junk.json"), "{ not json").unwrap();
        assert_eq!(cli(&["verify", &path("good.json")]), (0, "valid\n".into()));
        let (code, text) = cli(&["verify", &path("bad.json")]);
        assert_eq!(code, 1);
        assert!(text.starts_with("invalid: receipt.contentSha256"), "{text}");
        assert_eq!(cli(&["verify", &path("junk.json")]).0, 1);
        assert_eq!(cli(&["verify", &path("missing.json")]).0, 1);
        assert_eq!(cli(&["verify"]).0, 2);
        assert_eq!(cli(&["frobnicate"]).0, 2);
    }
}

mod notices {
    use super::*;
    use manetti_privacy_kit::atom::atom;

    /// `changes_text` with the accepted version given by id.
    fn changes_text(
        catalog: &Catalog,
        id: Option<&str>,
        locale: manetti_privacy_core::l10n::Locale,
        today: Date,
        customer: Option<&manetti_privacy_core::customer::Subject>,
        url: Option<&str>,
    ) -> Option<String> {
        let from = common::accepted(catalog, id);
        manetti_privacy_kit::email::changes_text(catalog, from, locale, today, customer, url)
    }

    #[test]
    fn the_email_text_says_what_the_banner_says_and_nothing_when_it_would_not_show() {
        let catalog = shipped();
        let latest = catalog.latest();
        let first = &catalog.versions()[0].id;
        for locale in catalog.locales() {
            let (today, locale) = (latest.effective, *locale);
            let changes = changes_since(catalog, Some(first), locale, today, None);
            let l10n = catalog.localizer(locale, latest);
            let view = banner(&l10n, &changes, false).unwrap();
            let text = changes_text(
                catalog,
                Some(first),
                locale,
                today,
                None,
                Some("https://x.test/p"),
            )
            .unwrap();
            // The first line is the banner's headline (not its decorative strip).
            let view = manetti_privacy_view::tree::Node::from(view);
            let mut headline = Vec::new();
            view.find_all(
                &|e| e.get_attr("id") == Some("mp-banner-headline"),
                &mut headline,
            );
            let headline = manetti_privacy_view::tree::Node::from(headline[0].clone());
            // A greeting, then the banner's headline.
            let mut lines = text.lines();
            assert_eq!(lines.next().unwrap(), l10n.text("email-greeting"));
            assert_eq!(lines.nth(1).unwrap(), headline.text_content());
            // The banner's first screen, each sentence once, as bullets: at most five.
            let screen = &changes.first_screen;
            for line in screen.yours.iter().chain(&screen.act) {
                assert_eq!(
                    text.matches(&format!("\n- {line}\n")).count(),
                    1,
                    "{locale}: {line}"
                );
            }
            let bullets = text.lines().filter(|l| l.starts_with("- ")).count();
            assert!((1..=5).contains(&bullets), "{text}");
            let mut seen = std::collections::HashSet::new();
            assert!(
                text.lines()
                    .filter(|l| !l.is_empty())
                    .all(|l| seen.insert(l)),
                "no line twice: {text}"
            );
            assert!(text.contains(&format!(
                "\n{}\n",
                l10n.text_with("email-read-policy", &[("url", "https://x.test/p")])
            )));
            // Signed by the company.
            assert!(
                text.ends_with(&format!("\n{}\n", l10n.text("email-sign-off"))),
                "{text}"
            );
            assert!(!text.contains('<'), "plain text, no markup");
            // No URL given: the link line is left out, never a placeholder.
            let unsupplied = changes_text(catalog, Some(first), locale, today, None, None).unwrap();
            assert!(!unsupplied.contains(&l10n.text_with("email-read-policy", &[("url", "")])));
            assert!(!unsupplied.contains("http"), "{unsupplied}");
            // Never accepted: the effective date is said.
            let never = changes_text(catalog, None, locale, today, None, None).unwrap();
            assert!(never.contains(&l10n.date(latest.effective)));
            // On the newest version: nothing to send.
            assert_eq!(
                changes_text(catalog, Some(&latest.id), locale, today, None, None),
                None
            );
        }
    }

    fn email(args: &[&str]) -> (i32, String) {
        cli(&[&["email"], args].concat())
    }

    #[test]
    fn the_email_command_writes_one_text_per_cohort() {
        let catalog = shipped();
        let first = catalog.versions()[0].id.clone();
        let now = catalog.latest().effective.iso();
        let url = "https://www.manetti.online/privacy/";
        let (code, text) = email(&[
            "--since",
            &first,
            "--locale",
            "nl",
            "--now",
            &now,
            "--policy-url",
            url,
        ]);
        assert_eq!(code, 0, "{text}");
        let nl = manetti_privacy_core::l10n::Locale::AUTHORITATIVE;
        let expected =
            changes_text(catalog, Some(&first), nl, date(&now), None, Some(url)).unwrap();
        assert_eq!(text, expected);
        // Without a policy URL the command refuses: an e-mail must say where the policy is.
        let (code, refused) = email(&["--since", &first, "--locale", "nl", "--now", &now]);
        assert_eq!(code, 2, "{refused}");
        assert!(refused.contains("--policy-url"), "{refused}");
        let (code, all) = email(&["--now", &now, "--policy-url", url]);
        assert_eq!(code, 0);
        let cohorts = catalog.versions().len() * catalog.locales().len(); // none + all but newest
        assert_eq!(all.matches("==> since ").count(), cohorts, "{all}");
        for bad in [
            ["--since", "2019-01-01"],
            ["--locale", "x-@@"],
            ["--now", "soon"],
        ] {
            let (code, text) = email(&[&bad[..], &["--policy-url", url]].concat());
            assert_eq!(code, 2, "{bad:?}: {text}");
            assert!(text.contains(bad[0]), "{bad:?}: {text}");
        }
        assert_eq!(email(&["--since"]).0, 2);
    }

    const ATOM: &str = "http://www.w3.org/2005/Atom";

    fn child<'a, 'i>(n: roxmltree::Node<'a, 'i>, name: &str) -> Vec<roxmltree::Node<'a, 'i>> {
        n.children()
            .filter(|c| c.has_tag_name((ATOM, name)))
            .collect()
    }

    #[test]
    fn the_atom_feeds_are_rfc_4287_and_agree_with_the_catalog() {
        let catalog = shipped();
        let today = catalog.latest().effective;
        let rfc3339 = |s: &str| manetti_privacy_core::verify::is_timestamp(s) && s.len() >= 20;
        for locale in catalog.locales() {
            let locale = *locale;
            let text = atom(catalog, locale, today);
            let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
            let feed = doc.root_element();
            assert_eq!(
                (feed.tag_name().name(), feed.tag_name().namespace()),
                ("feed", Some(ATOM))
            );
            for required in ["id", "title", "updated", "author"] {
                assert_eq!(child(feed, required).len(), 1, "{locale}: feed/{required}");
            }
            assert!(child(child(feed, "author")[0], "name")[0].text().is_some());
            assert!(rfc3339(child(feed, "updated")[0].text().unwrap()));
            assert!(child(feed, "id")[0].text().unwrap().starts_with("tag:"));
            let entries = child(feed, "entry");
            assert_eq!(
                entries.len(),
                catalog.versions().len() - 1,
                "one entry per version after the first"
            );
            let mut ids = Vec::new();
            for (entry, v) in entries.iter().zip(catalog.versions().iter().skip(1).rev()) {
                for required in ["id", "title", "updated", "published", "content"] {
                    assert_eq!(
                        child(*entry, required).len(),
                        1,
                        "{locale}: entry/{required}"
                    );
                }
                let text_of = |name: &str| child(*entry, name)[0].text().unwrap_or("").to_string();
                ids.push(text_of("id"));
                assert_eq!(
                    text_of("published"),
                    format!("{}T00:00:00Z", v.published.iso())
                );
                assert!(rfc3339(&text_of("updated")));
                let l10n = catalog.localizer(locale, catalog.latest());
                assert!(text_of("content").contains(&l10n.date(v.effective)));
                let i = catalog
                    .versions()
                    .iter()
                    .position(|x| x.id == v.id)
                    .unwrap();
                let previous = &catalog.versions()[i - 1];
                let changes =
                    Comparison::between(catalog, Some(previous), v, locale, today).changes();
                for note in &changes.notes {
                    assert!(text_of("content").contains(&note.text));
                }
                let term = child(*entry, "category")[0].attribute("term").unwrap();
                assert_eq!(
                    term,
                    if changes.material {
                        "material"
                    } else {
                        "editorial"
                    }
                );
                let link = child(*entry, "link")[0];
                assert_eq!(link.attribute("rel"), Some("alternate"));
                assert!(link
                    .attribute("href")
                    .unwrap()
                    .ends_with(&format!("?compare={}", previous.id)));
            }
            ids.dedup();
            assert_eq!(ids.len(), entries.len(), "entry ids are unique");
            // The static page of the locale links to its feed.
            let page = manetti_privacy_kit::static_site::page(
                catalog,
                today,
                locale,
                &catalog.latest().id,
            );
            assert!(page.contains(&format!(
                "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"changes.{locale}.atom\""
            )));
        }
    }
}

mod server_rendering {
    use super::*;
    use manetti_privacy_kit::server;

    fn render_banner_html(
        catalog: &Catalog,
        id: Option<&str>,
        locale: manetti_privacy_core::l10n::Locale,
        today: Date,
    ) -> String {
        server::render_banner_html(catalog, common::accepted(catalog, id), locale, today)
    }

    fn render_policy_html(
        catalog: &Catalog,
        locale: manetti_privacy_core::l10n::Locale,
        id: Option<&str>,
        today: Date,
    ) -> String {
        let version = id.map(|id| catalog.version("version", id).unwrap());
        server::render_policy_html(catalog, locale, version, today)
    }
    use manetti_privacy_view::html::to_html;
    use manetti_privacy_view::policy_page::{policy_page, Navigation, PageContext};

    #[test]
    fn the_banner_html_is_the_banner_view_written_by_the_html_writer() {
        let catalog = shipped();
        for a in [
            None,
            Some(catalog.versions()[0].id.as_str()),
            Some(catalog.latest().id.as_str()),
        ] {
            for &locale in catalog.locales() {
                let today = catalog.latest().effective;
                let changes = changes_since(catalog, a, locale, today, None);
                let l10n = catalog.localizer(locale, catalog.latest());
                let expected =
                    banner(&l10n, &changes, false).map_or(String::new(), |e| to_html(&e.into()));
                assert_eq!(render_banner_html(catalog, a, locale, today), expected);
                let decision = needs_acceptance(catalog, a, today);
                assert_eq!(decision.needed, !expected.is_empty());
            }
        }
    }

    #[test]
    fn the_policy_html_is_the_mounted_page_view_written_by_the_html_writer() {
        let catalog = shipped();
        let today = date("2026-11-26");
        for v in catalog.versions() {
            for &locale in catalog.locales() {
                let l10n = catalog.localizer(locale, v);
                let doc = resolve(catalog, v, locale);
                let ctx = PageContext {
                    catalog,
                    l10n: &l10n,
                    today,
                    navigation: Navigation::Buttons,
                    comparison: None,
                    notice: None,
                };
                let expected = to_html(&policy_page(&ctx, &doc).into());
                assert_eq!(
                    render_policy_html(catalog, locale, Some(&v.id), today),
                    expected
                );
                assert!(expected.starts_with("<div class=\"mp-policy\""));
            }
        }
        let default = render_policy_html(catalog, Locale::AUTHORITATIVE, None, today);
        let in_effect = render_policy_html(
            catalog,
            Locale::AUTHORITATIVE,
            Some(&catalog.in_effect(today).id),
            today,
        );
        assert_eq!(default, in_effect);
    }
}

#[test]
fn versions_json_hashes_are_those_of_the_lock_file() {
    let lock = include_str!("../versions/published.lock");
    let json: serde_json::Value =
        serde_json::from_str(&manetti_privacy_kit::versions_json::versions_json(shipped()))
            .unwrap();
    let mut checked = 0;
    for line in lock
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let parts: Vec<&str> = line.split_whitespace().collect();
        let (version, locale, sha) = (parts[0], parts[1], parts[2]);
        let entry = json["versions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["id"] == version)
            .expect("every locked version is in versions.json");
        assert_eq!(entry["contentSha256"][locale], sha, "{version} {locale}");
        checked += 1;
    }
    assert_eq!(
        checked,
        shipped().versions().len() * shipped().locales().len()
    );
}
