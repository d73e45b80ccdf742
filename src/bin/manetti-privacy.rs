//! The control-panel kit on the command line, for backends in any language.
//!
//! - `manetti-privacy verify receipt.json`: checks a stored receipt against the shipped texts.
//!   Prints `valid` (exit 0) or `invalid: <reason>` (exit 1). `-` reads standard input.
//! - `manetti-privacy email [--since <version>|none]… [--locale <locale>]… [--now YYYY-MM-DD]
//!   [--policy-url <url>]`: the change notice as a plain-text e-mail body, one per
//!   (accepted version, locale) cohort; without `--since`, every version before the newest.
//!
//! Usage errors exit with status 2.

use manetti_privacy::catalog::Catalog;
use manetti_privacy::input::Value;
use std::io::Read;
use std::process::exit;

fn main() {
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
        Ok(json) => manetti_privacy::verify::verify_receipt(catalog, &from_json(json)),
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

fn email(_catalog: &Catalog, _args: &[String]) {
    usage("email: not built yet")
}
