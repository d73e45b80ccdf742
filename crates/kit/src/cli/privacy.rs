//! The control-panel kit on the command line, for backends in any language.
//!
//! - `manetti-privacy verify receipt.json`: checks a stored receipt against the shipped texts.
//!   Prints `valid` (exit 0) or `invalid: <reason>` (exit 1). `-` reads standard input.
//! - `manetti-privacy email --policy-url <url> [--since <version>|none]… [--locale <locale>]…
//!   [--now YYYY-MM-DD]`: the change notice as a plain-text e-mail body, one per (accepted
//!   version, locale) cohort; without `--since`, every version before the newest. The policy
//!   URL is required: an e-mail says where the whole policy is.
//!
//! - `manetti-privacy record receipt.json [--record-id <id>] [--principal-id <id>]
//!   [--base-url <url>]`: verifies a stored receipt and prints its record of notice (ISO/IEC TS
//!   27560 structure, DPV JSON-LD; [`crate::dpv::record`]). An invalid receipt prints
//!   `invalid: <reason>` and exits 1. Without `--record-id`, the id is `receipt-` and the first
//!   32 hex digits of the SHA-256 of the receipt's four values and the principal id: the same
//!   receipt gives the same record.
//! - `manetti-privacy dpv [--version <id>] [--locale <locale>] [--base-url <url>]`: the DPV
//!   JSON-LD of a version (default: the newest) in a locale (default: the authoritative one),
//!   as `static-pages` writes it (it reads the register's wording from the source tree).
//!
//! `--base-url` is where the static pages are published (default
//! [`crate::dpv::DEFAULT_BASE_URL`]). Usage errors exit with status 2.

use manetti_privacy_core::catalog::Catalog;
use manetti_privacy_core::input::Value;
use std::io::Read;
use std::process::exit;

/// The command: reads its arguments, prints or writes, and exits on error.
pub fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let catalog = Catalog::shipped();
    match args.first().map(String::as_str) {
        Some("verify") if args.len() == 2 => verify(catalog, &args[1]),
        Some("email") => email(catalog, &args[1..]),
        Some("record") => record(catalog, &args[1..]),
        Some("dpv") => dpv(&args[1..]),
        _ => usage(
            "expected `verify <receipt.json>`, `email [options]`, `record <receipt.json> \
             [options]` or `dpv [options]`",
        ),
    }
}

fn usage(message: &str) -> ! {
    eprintln!("manetti-privacy: {message}");
    exit(2)
}

/// The JSON file at `path` (`-`: standard input); `invalid: …` and exit 1 when it cannot be
/// read or is not JSON.
fn read_json(path: &str) -> serde_json::Value {
    let mut text = String::new();
    let read = if path == "-" {
        std::io::stdin().read_to_string(&mut text).map(|_| ())
    } else {
        std::fs::read_to_string(path).map(|t| text = t)
    };
    if let Err(e) = read {
        println!("invalid: cannot read {path}: {e}");
        exit(1);
    }
    match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(json) => json,
        Err(e) => {
            println!("invalid: {path} is not JSON: {e}");
            exit(1)
        }
    }
}

fn verify(catalog: &Catalog, path: &str) {
    let receipt = from_json(read_json(path));
    let verdict = manetti_privacy_core::verify::verify_receipt(catalog, &receipt);
    match verdict.reason {
        None => println!("valid"),
        Some(reason) => {
            println!("invalid: {reason}");
            exit(1)
        }
    }
}

/// JSON as the library's input value (the same shape the wasm edge builds from JS).
fn from_json(json: serde_json::Value) -> Value {
    use serde_json::Value as J;
    match json {
        J::Null => Value::Null,
        J::Bool(b) => Value::Bool(b),
        J::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
        J::String(s) => Value::String(s),
        J::Array(items) => Value::Array(items.into_iter().map(from_json).collect()),
        J::Object(fields) => {
            Value::Object(fields.into_iter().map(|(k, v)| (k, from_json(v))).collect())
        }
    }
}

fn email(catalog: &Catalog, args: &[String]) {
    use manetti_privacy_model::date::Date;
    let (mut since, mut locales, mut now, mut url) = (Vec::new(), Vec::new(), None, None);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let Some(value) = it.next() else {
            usage(&format!("email: {flag} needs a value"))
        };
        match flag.as_str() {
            "--since" => since.push(value.clone()),
            "--locale" => locales.push(value.clone()),
            "--now" => now = Some(value.clone()),
            "--policy-url" => url = Some(value.clone()),
            _ => usage(&format!("email: unknown option {flag}")),
        }
    }
    // An e-mail must say where the whole policy is: no placeholder is ever sent.
    let Some(url) = url else {
        usage("email: --policy-url <url> is required (where the full policy is published)")
    };
    let url = Some(url);
    let latest = &catalog.latest().id;
    if since.is_empty() {
        since.push("none".to_string());
        since.extend(catalog.versions().iter().map(|v| v.id.to_string()));
        since.retain(|id| id != latest);
    }
    if locales.is_empty() {
        locales = catalog.locales().iter().map(|l| l.to_string()).collect();
    }
    let today = match now {
        Some(text) => Date::parse("--now", &text).unwrap_or_else(|e| usage(e.message())),
        None => today(),
    };
    let several = since.len() * locales.len() > 1;
    for accepted in &since {
        for tag in &locales {
            let locale = catalog
                .negotiate("--locale", tag)
                .unwrap_or_else(|e| usage(e.message()));
            let version = (accepted != "none").then(|| {
                catalog
                    .version("--since", accepted)
                    .unwrap_or_else(|e| usage(e.message()))
            });
            let text =
                crate::email::changes_text(catalog, version, locale, today, None, url.as_deref());
            if several {
                println!("==> since {accepted} locale {locale} <==");
            }
            print!(
                "{}",
                text.unwrap_or_else(|| "(nothing to send)\n".to_string())
            );
        }
    }
}

fn today() -> manetti_privacy_model::date::Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    manetti_privacy_model::date::Date::from_unix_days((secs / 86_400) as i64)
}

/// `--flag value` pairs, each flag at most once and one of `known`.
fn flags<'a>(command: &str, args: &'a [String], known: &[&str]) -> Vec<(&'a str, &'a str)> {
    let mut out: Vec<(&str, &str)> = Vec::new();
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        if !known.contains(&flag.as_str()) {
            usage(&format!("{command}: unknown option {flag}"));
        }
        let Some(value) = it.next() else {
            usage(&format!("{command}: {flag} needs a value"))
        };
        if out.iter().any(|(f, _)| f == flag) {
            usage(&format!("{command}: {flag} given twice"));
        }
        out.push((flag, value));
    }
    out
}

fn flag<'a>(flags: &[(&str, &'a str)], name: &str) -> Option<&'a str> {
    flags.iter().find(|(f, _)| *f == name).map(|(_, v)| *v)
}

fn base_url(flags: &[(&str, &str)]) -> crate::dpv::BaseUrl {
    match flag(flags, "--base-url") {
        Some(url) => {
            crate::dpv::BaseUrl::parse("--base-url", url).unwrap_or_else(|e| usage(e.message()))
        }
        None => crate::dpv::BaseUrl::default(),
    }
}

fn record(catalog: &Catalog, args: &[String]) {
    use crate::dpv::record::{receipt_record, RecordOptions};
    let Some((path, rest)) = args.split_first().filter(|(p, _)| !p.starts_with("--")) else {
        usage("record: expected `record <receipt.json> [--record-id <id>] [--principal-id <id>] [--base-url <url>]`")
    };
    let flags = flags(
        "record",
        rest,
        &["--record-id", "--principal-id", "--base-url"],
    );
    let json = read_json(path);
    let principal_id = flag(&flags, "--principal-id").map(String::from);
    let record_id = match flag(&flags, "--record-id") {
        Some("") => usage("record: --record-id is empty"),
        Some(id) => id.to_string(),
        None => derived_record_id(&json, principal_id.as_deref()),
    };
    let options = RecordOptions {
        record_id,
        principal_id,
        base: base_url(&flags),
    };
    match receipt_record(catalog, &from_json(json), &options, today()) {
        Ok(text) => print!("{text}"),
        Err(e) => {
            println!("invalid: {}", e.message());
            exit(1)
        }
    }
}

/// `receipt-` and 32 hex digits of the SHA-256 of the receipt's values (version, locale,
/// acceptedAt, contentSha256) and the principal id, one per line.
fn derived_record_id(receipt: &serde_json::Value, principal: Option<&str>) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for key in ["version", "locale", "acceptedAt", "contentSha256"] {
        hasher.update(receipt[key].as_str().unwrap_or_default().as_bytes());
        hasher.update(b"\n");
    }
    hasher.update(principal.unwrap_or_default().as_bytes());
    let digest = hasher.finalize();
    let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("receipt-{hex}")
}

fn dpv(args: &[String]) {
    let flags = flags("dpv", args, &["--version", "--locale", "--base-url"]);
    let base = base_url(&flags);
    let catalog = crate::register::register_catalog().unwrap_or_else(|e| {
        eprintln!("manetti-privacy: the register's wording: {}", e.message());
        exit(1)
    });
    let version = match flag(&flags, "--version") {
        Some(id) => catalog
            .version("--version", id)
            .unwrap_or_else(|e| usage(e.message())),
        None => catalog.latest(),
    };
    let locale = match flag(&flags, "--locale") {
        Some(tag) => catalog
            .negotiate("--locale", tag)
            .unwrap_or_else(|e| usage(e.message())),
        None => manetti_privacy_core::l10n::Locale::AUTHORITATIVE,
    };
    match crate::dpv::policy::policy_jsonld(&catalog, version, locale, &base, today()) {
        Ok(text) => print!("{text}"),
        Err(e) => {
            eprintln!("manetti-privacy: {}", e.message());
            exit(1)
        }
    }
}
