//! The control-panel kit on the command line, for backends in any language.
//!
//! - `manetti-privacy verify receipt.json`: checks a stored receipt against the shipped texts.
//!   Prints `valid` (exit 0) or `invalid: <reason>` (exit 1). `-` reads standard input.
//! - `manetti-privacy email --policy-url <url> [--since <version>|none]… [--locale <locale>]…
//!   [--now YYYY-MM-DD]`: the change notice as a plain-text e-mail body, one per (accepted
//!   version, locale) cohort; without `--since`, every version before the newest. The policy
//!   URL is required: an e-mail says where the whole policy is.
//!
//! Usage errors exit with status 2.

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
        _ => usage("expected `verify <receipt.json>` or `email [options]`"),
    }
}

fn usage(message: &str) -> ! {
    eprintln!("manetti-privacy: {message}");
    exit(2)
}

fn verify(catalog: &Catalog, path: &str) {
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
    let verdict = match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(json) => manetti_privacy_core::verify::verify_receipt(catalog, &from_json(json)),
        Err(e) => {
            println!("invalid: {path} is not JSON: {e}");
            exit(1)
        }
    };
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
