//! The control-panel kit at the wasm edge: decide without rendering, verify a receipt; in the
//! server entry also e-mail text, server rendering and records of receipts.
//! Thin wrappers: the logic is in the core (`manetti_privacy_core::verify`) and the kit, natively
//! tested.

use super::{catalog, js_error, js_value, options_value, to_js, today, version_arg};
use manetti_privacy_core::verify::{
    needs_acceptance as decide, parse_now_option, verify_receipt as verify,
};
use wasm_bindgen::prelude::*;

/// Whether a customer on `acceptedVersion` must accept the newest version; `needed` is true
/// exactly when `mountBanner` would show a banner. Options: `{ now?: "YYYY-MM-DD" }`.
#[wasm_bindgen(js_name = needsAcceptance, unchecked_return_type = "Decision")]
pub fn needs_acceptance(
    #[wasm_bindgen(js_name = "acceptedVersion", unchecked_param_type = "VersionId | null")]
    accepted_version: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "{ now?: IsoDate }")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let catalog = catalog();
    let accepted = version_arg(catalog, "acceptedVersion", &accepted_version)?;
    let now = parse_now_option(&options_value(&options)).map_err(js_error)?;
    let decision = decide(catalog, accepted, now.unwrap_or_else(today));
    to_js(&decision)
}

/// Checks a stored receipt against the shipped texts: `{ valid, reason? }`. Never throws.
#[wasm_bindgen(js_name = verifyReceipt, unchecked_return_type = "Verdict")]
pub fn verify_receipt(
    #[wasm_bindgen(unchecked_param_type = "Receipt")] receipt: JsValue,
) -> Result<JsValue, JsValue> {
    to_js(&verify(catalog(), &js_value::to_value(&receipt)))
}

#[wasm_bindgen(typescript_custom_section)]
const TS_KIT: &str = r#"
/** What `needsAcceptance` returns. `needed`: `mountBanner` would show a banner. */
export interface Decision {
  needed: boolean; version: string; published: string; effective: string;
  inEffect: boolean; material: boolean;
}
/** What `verifyReceipt` returns: `reason` says why a receipt is not valid. */
export interface Verdict { valid: boolean; reason?: string; }
/** Options of `changesText` (server entry): those of `changesSince`, and where the e-mail says the policy is. */
export interface ChangesTextOptions { now?: IsoDate; customer?: Customer; policyUrl?: string; }
/** A date, `YYYY-MM-DD`. */
export type IsoDate = `${number}-${number}-${number}`;
declare global {
  /** The banner's events bubble and are composed: listen on the element or on `document`. */
  interface HTMLElementEventMap { "privacy-accepted": AcceptedEvent; }
  interface DocumentEventMap {
    "privacy-accepted": AcceptedEvent;
    "privacy-later": CustomEvent<BannerNotice>;
    "privacy-banner-shown": CustomEvent<BannerNotice>;
    "privacy-comparison-opened": CustomEvent<BannerNotice>;
  }
}
"#;

// `VersionId` and `Locale`, generated from the catalog by `build.rs` (`build-support`).
#[wasm_bindgen(typescript_custom_section)]
const TS_CATALOG: &str = include_str!(concat!(env!("OUT_DIR"), "/catalog.d.ts"));

/// The change notice as a plain-text e-mail body, or `null` when `mountBanner` would show
/// nothing. Options: `{ now?, customer?, policyUrl? }`. In the server entry only.
#[cfg(feature = "server")]
#[wasm_bindgen(js_name = changesText, unchecked_return_type = "string | null")]
pub fn changes_text(
    #[wasm_bindgen(js_name = "acceptedVersion", unchecked_param_type = "VersionId | null")]
    accepted_version: JsValue,
    #[wasm_bindgen(js_name = "locale", unchecked_param_type = "string")] locale_tag: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ChangesTextOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let catalog = catalog();
    let accepted = version_arg(catalog, "acceptedVersion", &accepted_version)?;
    let locale = super::locale_arg(catalog, &locale_tag)?;
    let (options, url) = manetti_privacy_kit::email::parse_text_options(&options_value(&options))
        .map_err(js_error)?;
    let subject = options.customer.as_ref().map(|c| c.subject());
    let now = options.now.unwrap_or_else(today);
    let text = manetti_privacy_kit::email::changes_text(
        catalog,
        accepted,
        locale,
        now,
        subject.as_ref(),
        url.as_deref(),
    );
    Ok(text.map_or(JsValue::NULL, JsValue::from))
}

/// The policy page as an HTML string, from the view tree `mountPolicy` renders, for panels
/// rendered on a server. Server entry only.
#[cfg(feature = "server")]
#[wasm_bindgen(js_name = renderPolicyHtml)]
pub fn render_policy_html(
    #[wasm_bindgen(js_name = "locale", unchecked_param_type = "string")] locale_tag: JsValue,
    #[wasm_bindgen(js_name = "version", unchecked_optional_param_type = "VersionId")]
    version: JsValue,
) -> Result<String, JsValue> {
    let catalog = catalog();
    let locale = super::locale_arg(catalog, &locale_tag)?;
    let version = version_arg(catalog, "version", &version)?;
    Ok(manetti_privacy_kit::server::render_policy_html(
        catalog,
        locale,
        version,
        today(),
    ))
}

/// The banner as an HTML string ("" when it would not show). Options: `{ now? }`.
/// Server entry only.
#[cfg(feature = "server")]
#[wasm_bindgen(js_name = renderBannerHtml)]
pub fn render_banner_html(
    #[wasm_bindgen(js_name = "acceptedVersion", unchecked_param_type = "VersionId | null")]
    accepted_version: JsValue,
    #[wasm_bindgen(js_name = "locale", unchecked_param_type = "string")] locale_tag: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "{ now?: IsoDate }")] options: JsValue,
) -> Result<String, JsValue> {
    let catalog = catalog();
    let accepted = version_arg(catalog, "acceptedVersion", &accepted_version)?;
    let locale = super::locale_arg(catalog, &locale_tag)?;
    let now = parse_now_option(&options_value(&options)).map_err(js_error)?;
    let today = now.unwrap_or_else(today);
    Ok(manetti_privacy_kit::server::render_banner_html(
        catalog, accepted, locale, today,
    ))
}

/// A stored receipt as a record of notice for an auditor: ISO/IEC TS 27560's structure in W3C
/// DPV JSON-LD (`manetti_privacy_kit::dpv::record`, the same as `manetti-privacy record`).
/// The receipt is verified first; an invalid one throws an `Error` with the reason, as do bad
/// options. Server entry only: not in the browser module, whose first part must not grow (a
/// later split of the module can put it in the part loaded on demand).
#[cfg(feature = "server")]
#[wasm_bindgen(js_name = receiptRecord, unchecked_return_type = "ReceiptRecord")]
pub fn receipt_record(
    #[wasm_bindgen(unchecked_param_type = "Receipt")] receipt: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ReceiptRecordOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    use manetti_privacy_kit::dpv::record::{parse_record_options, receipt_record as record};
    let catalog = catalog();
    let options = parse_record_options(&options_value(&options)).map_err(js_error)?;
    let text =
        record(catalog, &js_value::to_value(&receipt), &options, today()).map_err(js_error)?;
    js_sys::JSON::parse(&text)
}

#[cfg(feature = "server")]
#[wasm_bindgen(typescript_custom_section)]
const TS_RECORD: &str = r#"
/** Options of `receiptRecord` (server entry). `recordId`: your id of the record (27560's
 * record_id); `principalId`: your id of the customer (pii_principal_id); `baseUrl`: where the
 * static pages and their JSON-LD are published (default "https://www.manetti.online/privacy/"). */
export interface ReceiptRecordOptions { recordId: string; principalId?: string; baseUrl?: string; }
/** What `receiptRecord` returns: JSON-LD with its own `@context`, the record first in `@graph`. */
export interface ReceiptRecord { "@context": Record<string, string>; "@graph": Array<Record<string, unknown>>; }
"#;
