//! What a server decides without rendering: whether a customer must be asked to accept the
//! newest version (the very rule the banner uses), and whether a stored receipt is genuine.
//!
//! A receipt is a proof of notice, not of consent: it says which text was shown, in which
//! locale, and when the client said it was accepted. Checking it means: the version and the
//! locale exist, `contentSha256` is the SHA-256 of that version's canonical text in that
//! locale, and `acceptedAt` is a real ISO 8601 timestamp.

use crate::catalog::Catalog;
use crate::diff::notice::banner_due;
use crate::diff::{Changes, Comparison};
use crate::document::text_of;
use crate::input::{Fields, Value};
use crate::l10n::Locale;
use crate::receipt::content_sha256;
use manetti_privacy_model::date::Date;
use manetti_privacy_model::error::{quote, Error};
use manetti_privacy_model::Version;
use serde::Serialize;

/// Whether a customer on `acceptedVersion` must accept the newest version.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Decision {
    /// True exactly when `mountBanner` shows a banner.
    pub needed: bool,
    /// The newest version: the one to accept.
    pub version: String,
    pub published: Date,
    pub effective: Date,
    pub in_effect: bool,
    /// The changes since the accepted version are material (always so for none accepted).
    pub material: bool,
}

/// The decision for a set of changes, by the banner's own rule ([`banner_due`]).
pub fn decide(changes: &Changes) -> Decision {
    Decision {
        needed: banner_due(changes),
        version: changes.to.id.clone(),
        published: changes.to.published,
        effective: changes.to.effective,
        in_effect: changes.in_effect,
        material: changes.material,
    }
}

/// `needsAcceptance(acceptedVersion, { now })`: the changes the banner would compute, decided.
pub fn needs_acceptance(catalog: &Catalog, accepted: Option<&Version>, today: Date) -> Decision {
    // The decision needs no word runs.
    let changes =
        Comparison::since(catalog, accepted, Locale::AUTHORITATIVE, today, None).outline();
    decide(&changes)
}

/// The answer of [`verify_receipt`]: `{ valid, reason? }`.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Verdict {
    pub valid: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// Checks a stored receipt `{ version, locale, acceptedAt, contentSha256 }` against the catalog.
pub fn verify_receipt(catalog: &Catalog, receipt: &Value) -> Verdict {
    match check(catalog, receipt) {
        Ok(()) => Verdict {
            valid: true,
            reason: None,
        },
        Err(e) => Verdict {
            valid: false,
            reason: Some(e.message().to_string()),
        },
    }
}

fn check(catalog: &Catalog, receipt: &Value) -> Result<(), Error> {
    let keys = ["version", "locale", "acceptedAt", "contentSha256"];
    let fields = Fields::of("receipt", receipt, &keys)?;
    let field = |key: &str| {
        fields
            .string(key)?
            .ok_or_else(|| Error::new(format!("{}: missing", fields.path_of(key))))
    };
    let (version, locale) = (field("version")?, field("locale")?);
    let (accepted_at, sha) = (field("acceptedAt")?, field("contentSha256")?);
    let version = catalog.version("receipt.version", version)?;
    let locale = catalog.locale("receipt.locale", locale)?;
    if !is_timestamp(accepted_at) {
        return Err(Error::new(format!(
            "receipt.acceptedAt: {} is not an ISO 8601 timestamp; expected e.g. \
             \"2026-11-26T09:30:00.000Z\"",
            quote(accepted_at)
        )));
    }
    let expected = content_sha256(&text_of(catalog, version, locale));
    if sha != expected {
        return Err(Error::new(format!(
            "receipt.contentSha256: does not match the text of version {} in locale {}",
            quote(&version.id),
            quote(locale.as_str())
        )));
    }
    Ok(())
}

/// `YYYY-MM-DDTHH:MM[:SS[.fff…]]` followed by `Z` or `±HH:MM`, every field in range.
pub fn is_timestamp(text: &str) -> bool {
    let b = text.as_bytes();
    let num = |i: usize, max: u8| {
        b.get(i..i + 2).is_some_and(|d| {
            d.iter().all(u8::is_ascii_digit) && (d[0] - b'0') * 10 + d[1] - b'0' <= max
        })
    };
    if Date::parse("", text).is_err() || b.get(10) != Some(&b'T') {
        return false;
    }
    if !(num(11, 23) && b.get(13) == Some(&b':') && num(14, 59)) {
        return false;
    }
    let mut i = 16;
    if b.get(i) == Some(&b':') {
        if !num(i + 1, 60) {
            return false;
        }
        i += 3;
        if b.get(i) == Some(&b'.') {
            let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if digits == 0 {
                return false;
            }
            i += 1 + digits;
        }
    }
    match &b[i..] {
        b"Z" => true,
        [sign, _, _, b':', _, _] => matches!(sign, b'+' | b'-') && num(i + 1, 23) && num(i + 4, 59),
        _ => false,
    }
}

/// The `{ now? }` options object of `needsAcceptance`.
pub fn parse_now_option(options: &Value) -> Result<Option<Date>, Error> {
    let fields = Fields::of("options", options, &["now"])?;
    fields
        .string("now")?
        .map(|text| Date::parse("options.now", text))
        .transpose()
}
