//! A stored receipt as a record for an auditor: the structure of ISO/IEC TS 27560 in DPV
//! (the DPVCG's profile, `vocab/dpv/ISO27560.md`), saying *notice*, never consent.
//!
//! The receipt is verified first ([`verify_receipt`]); an invalid one is refused with the
//! reason. The record holds: its id and profile (`dct:conformsTo`), the data subject (the
//! panel's id for the customer, when given), the controller, the notice (the version in the
//! locale, its SHA-256 and page), its language, every processing activity of the version (the
//! same nodes as the policy's JSON-LD), and the event: notice given and acknowledged
//! (`dpv:NoticeCommunicated`, `dpv:NoticeUsed`) at the receipt's `acceptedAt`.
//!
//! It is a `dpv:DataProcessingRecord`: never a `dpv:ConsentRecord`, never a consent status.
//! DPV 2.3 has no notice record class and the DPVCG no notice profile; the profile given is
//! the 27560 record profile, for the structure of the fields.

use super::policy::{Controller, Parts};
use super::{document, id, segment, text, typed, BaseUrl, PROFILE_27560_RECORD};
use manetti_privacy_core::catalog::Catalog;
use manetti_privacy_core::input::{Fields, Value as Input};
use manetti_privacy_core::verify::verify_receipt;
use manetti_privacy_model::date::Date;
use manetti_privacy_model::error::Error;
use serde_json::{json, Value};

/// What a record needs besides the receipt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordOptions {
    /// 27560's `record_id`: the panel's own id of the record (or of the stored receipt).
    pub record_id: String,
    /// 27560's `pii_principal_id`: the panel's id of the customer, when it gives one.
    pub principal_id: Option<String>,
    /// Where the policy's JSON-LD is published; the record's IRI is made from it too.
    pub base: BaseUrl,
}

/// The `{ recordId, principalId?, baseUrl? }` options of `receiptRecord`.
pub fn parse_record_options(options: &Input) -> Result<RecordOptions, Error> {
    let fields = Fields::of("options", options, &["recordId", "principalId", "baseUrl"])?;
    let non_empty = |key: &str| -> Result<Option<String>, Error> {
        match fields.string(key)? {
            Some("") => Err(Error::new(format!(
                "{}: empty; expected a non-empty string",
                fields.path_of(key)
            ))),
            other => Ok(other.map(String::from)),
        }
    };
    let record_id = non_empty("recordId")?
        .ok_or_else(|| Error::new("options.recordId: missing; expected a non-empty string"))?;
    let base = match fields.string("baseUrl")? {
        Some(url) => BaseUrl::parse("options.baseUrl", url)?,
        None => BaseUrl::default(),
    };
    Ok(RecordOptions {
        record_id,
        principal_id: non_empty("principalId")?,
        base,
    })
}

/// The record of a stored receipt `{ version, locale, acceptedAt, contentSha256 }` as DPV
/// JSON-LD, or the reason the receipt is not valid. `today` picks the page's file name.
pub fn receipt_record(
    catalog: &Catalog,
    receipt: &Input,
    options: &RecordOptions,
    today: Date,
) -> Result<String, Error> {
    if let Some(reason) = verify_receipt(catalog, receipt).reason {
        return Err(Error::new(reason));
    }
    // Verified: every field is there and names a version and locale of the catalog.
    let fields = Fields::of(
        "receipt",
        receipt,
        &["version", "locale", "acceptedAt", "contentSha256"],
    )?;
    let field = |key: &str| fields.string(key).map(Option::unwrap_or_default);
    let version = catalog.version("receipt.version", field("version")?)?;
    let locale = catalog.locale("receipt.locale", field("locale")?)?;
    let accepted_at = field("acceptedAt")?;

    let parts = Parts::of(
        catalog,
        version,
        locale,
        &options.base,
        today,
        Controller::Name,
    )?;
    let record = options
        .base
        .join(&format!("records/{}", segment(&options.record_id)));
    let subject = format!("{record}#data-subject");
    let mut subject_node = json!({ "@id": subject, "@type": "dpv:DataSubject" });
    match &options.principal_id {
        Some(principal) => subject_node["dct:identifier"] = principal.as_str().into(),
        None => {
            subject_node["skos:note"] = text(
                "Not given: the receipt does not say who accepted; the panel's own records do.",
                "en",
            )
        }
    }
    let node = json!({
        "@id": record,
        "@type": "dpv:DataProcessingRecord",
        "dct:identifier": options.record_id.as_str(),
        "dct:conformsTo": id(PROFILE_27560_RECORD),
        "dct:description": text(
            "A record of notice, not of consent: this version of the privacy policy was shown \
             in this language, and the data subject's client reported that it was acknowledged \
             (accepted) at this time. The legal bases are those the policy states.",
            "en",
        ),
        "dct:references": id(&parts.doc),
        "dct:language": locale.as_str(),
        "dpv:hasDataSubject": subject_node,
        "dpv:hasDataController": id(&parts.controller),
        "dpv:hasNotice": id(&parts.notice),
        "dpv:hasApplicableLaw": id("legal-eu:law-GDPR"),
        "dpv:hasProcess": parts.processes.iter().map(|p| id(p.as_str())).collect::<Vec<Value>>(),
        "dpv:hasNoticeStatus": {
            "@id": format!("{record}#event"),
            "@type": "dpv:NoticeStatus",
            "skos:broader": [id("dpv:NoticeCommunicated"), id("dpv:NoticeUsed")],
            "skos:prefLabel": text("notice given and acknowledged", "en"),
            "dpv:isIndicatedAtTime": date_time(accepted_at),
            "dpv:isIndicatedBy": id(&subject),
            "skos:note": text(
                "The time is the receipt's acceptedAt, from the client's clock; the panel \
                 stores its own time beside it.",
                "en",
            ),
        },
    });
    let mut nodes = vec![node];
    nodes.extend(parts.nodes);
    Ok(document(nodes))
}

/// `acceptedAt` as an `xsd:dateTime` (which needs seconds: `09:30Z` is `09:30:00Z`); a leap
/// second (`:60`), which `xsd:dateTime` cannot hold, stays a plain string.
fn date_time(accepted_at: &str) -> Value {
    let mut time = accepted_at.to_string();
    if time.as_bytes().get(16) != Some(&b':') && time.len() >= 16 {
        time.insert_str(16, ":00");
    }
    if time.get(17..19) == Some("60") {
        return Value::String(accepted_at.to_string());
    }
    typed(time, "xsd:dateTime")
}
