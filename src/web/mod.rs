//! The WebAssembly edge: the exported JS API and the mounted components.
//! Every export returns `Result<_, JsError>`-style errors as JS `Error`s; nothing panics.

pub mod banner;
mod dom;
mod js_value;
mod kit;
mod mount;
pub mod policy;
pub mod your_data;

use manetti_privacy_core::catalog::Catalog;
use manetti_privacy_core::input::options::locale;
use manetti_privacy_core::input::Value;
use manetti_privacy_core::l10n::Locale;
use manetti_privacy_model::date::Date;
use manetti_privacy_model::error::Error;
use serde::Serialize;
use wasm_bindgen::prelude::*;

pub(crate) fn js_error(error: Error) -> JsValue {
    js_sys::Error::new(error.message()).into()
}

pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    // A JSON string and one JSON.parse: 1.6 KB gzip smaller than serde-wasm-bindgen's
    // property-by-property build, and `None` becomes `null`, as the .d.ts declares. The text
    // is serde_json's, written by `crate::json` in less code.
    let text = crate::json::to_string(value).map_err(|e| js_sys::Error::new(&e.0))?;
    js_sys::JSON::parse(&text)
}

/// The browser's clock, as an ISO 8601 timestamp.
pub(crate) fn now_iso() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

/// Today in Amsterdam by the browser's clock.
pub(crate) fn today() -> Date {
    manetti_privacy_core::input::clock::amsterdam_date(js_sys::Date::now())
}

pub(crate) fn catalog() -> &'static Catalog {
    Catalog::shipped()
}

#[derive(Serialize)]
struct VersionInfo<'a> {
    id: &'a str,
    published: Date,
    effective: Date,
}

/// Every version of the policy, oldest first: `[{ id, published, effective }]`.
#[wasm_bindgen(js_name = versions, unchecked_return_type = "VersionInfo[]")]
pub fn versions() -> Result<JsValue, JsValue> {
    let list: Vec<VersionInfo> = catalog()
        .versions()
        .iter()
        .map(|v| VersionInfo {
            id: &v.id,
            published: v.published,
            effective: v.effective,
        })
        .collect();
    to_js(&list)
}

/// The policy as plain data, in `locale` (negotiated), for `version` (default: in effect today).
#[wasm_bindgen(js_name = policy, unchecked_return_type = "PolicyDocument")]
pub fn policy(
    #[wasm_bindgen(js_name = "locale", unchecked_param_type = "string")] locale_tag: JsValue,
    #[wasm_bindgen(js_name = "version", unchecked_optional_param_type = "string")]
    version_id: JsValue,
) -> Result<JsValue, JsValue> {
    let catalog = catalog();
    let locale = locale_arg(catalog, &locale_tag)?;
    let version =
        version_arg(catalog, "version", &version_id)?.unwrap_or_else(|| catalog.in_effect(today()));
    to_js(&manetti_privacy_core::document::resolve(
        catalog, version, locale,
    ))
}

/// What changed since `acceptedVersion` (a version id, or null), in `locale`.
/// Options: `{ now?: "YYYY-MM-DD", customer? }`.
#[wasm_bindgen(js_name = changesSince, unchecked_return_type = "Changes")]
pub fn changes_since(
    #[wasm_bindgen(js_name = "acceptedVersion", unchecked_param_type = "string | null")]
    accepted_version: JsValue,
    #[wasm_bindgen(js_name = "locale", unchecked_param_type = "string")] locale_tag: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ChangesOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let catalog = catalog();
    let accepted = version_arg(catalog, "acceptedVersion", &accepted_version)?;
    let locale = locale_arg(catalog, &locale_tag)?;
    let options =
        manetti_privacy_core::input::options::ChangesOptions::parse(&options_value(&options))
            .map_err(js_error)?;
    let subject = options.customer.as_ref().map(|c| c.subject());
    let changes = manetti_privacy_core::diff::changes_since(
        catalog,
        accepted,
        locale,
        options.now.unwrap_or_else(today),
        subject.as_ref(),
    );
    to_js(&changes)
}

/// A link target from the host: after the WHATWG URL parser, against the document's base URL,
/// only `http:` and `https:` (so a relative URL on a web page); empty stays empty (this page).
pub(crate) fn web_url(host: &web_sys::Element, value: &str) -> Result<String, JsValue> {
    if value.is_empty() {
        return Ok(String::new());
    }
    let base = host.base_uri().ok().flatten().unwrap_or_default();
    match web_sys::Url::new_with_base(value, &base) {
        Ok(url) if matches!(url.protocol().as_str(), "http:" | "https:") => Ok(url.href()),
        _ => Err(js_error(Error::new(format!(
            "options.policyUrl: {} is not an http:, https: or relative URL",
            manetti_privacy_model::error::quote(&manetti_privacy_core::input::clip(value))
        )))),
    }
}

/// The error for an option whose getter threw.
pub(crate) fn unreadable(key: &str) -> JsValue {
    js_error(Error::new(format!(
        "options.{key}: got a value that throws when read"
    )))
}

/// The element to render into; anything else is an error that says what it got.
pub(crate) fn host_element(value: &JsValue) -> Result<web_sys::Element, JsValue> {
    use wasm_bindgen::JsCast;
    value.dyn_ref::<web_sys::Element>().cloned().ok_or_else(|| {
        js_error(Error::new(format!(
            "element: expected a DOM element, got {}",
            js_value::describe(value)
        )))
    })
}

/// The component's CSS, for a constructable stylesheet (`adoptedStyleSheets`).
#[wasm_bindgen(js_name = styleSheetText)]
pub fn style_sheet_text() -> String {
    manetti_privacy_view::style::STYLESHEET.to_string()
}

/// The catalog locale for a list of preferred BCP 47 tags (such as `navigator.languages`);
/// malformed tags are skipped, and no match gives "nl".
#[wasm_bindgen(js_name = preferredLocale)]
pub fn preferred_locale(
    #[wasm_bindgen(unchecked_param_type = "readonly string[]")] tags: JsValue,
) -> String {
    let tags: Vec<String> = match js_value::to_value(&tags) {
        Value::Array(items) => items
            .into_iter()
            .filter_map(|v| {
                if let Value::String(s) = v {
                    Some(s)
                } else {
                    None
                }
            })
            .collect(),
        Value::String(s) => vec![s],
        _ => Vec::new(),
    };
    catalog().negotiate_preferences(&tags).into()
}

/// The `locale` argument of an export, negotiated to a catalog locale (absent: "nl").
pub(crate) fn locale_arg(catalog: &Catalog, value: &JsValue) -> Result<Locale, JsValue> {
    let tag = string_arg("locale", value).map_err(js_error)?;
    locale(catalog, "locale", tag.as_deref()).map_err(js_error)
}

/// An optional version id argument, as the catalog's version: parsed here, once.
pub(crate) fn version_arg(
    catalog: &'static Catalog,
    name: &str,
    value: &JsValue,
) -> Result<Option<&'static manetti_privacy_model::Version>, JsValue> {
    let id = string_arg(name, value).map_err(js_error)?;
    manetti_privacy_core::input::options::version(catalog, name, id.as_deref()).map_err(js_error)
}

/// An optional string argument.
pub(crate) fn string_arg(name: &str, value: &JsValue) -> Result<Option<String>, Error> {
    match js_value::to_value(value) {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s)),
        other => Err(Error::new(format!(
            "{name}: expected a string, got {}",
            other.kind()
        ))),
    }
}

pub(crate) fn options_value(options: &JsValue) -> Value {
    js_value::to_value(options)
}

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** One version of the policy. Dates are `YYYY-MM-DD`. */
export interface VersionInfo { id: string; published: string; effective: string; }
/** A value from one of the policy's closed lists, with its name in the locale. */
export interface Labelled { id: string; label: string; }
export interface BlockText { kind: "p" | "li" | "label"; id: string; text: string; }
export interface ActivityText {
  id: string;
  categories: Labelled[];
  purposes: Labelled[];
  recipients: Labelled[];
  retention: Labelled;
  audience: Labelled[];
  appliesWhen: Labelled[];
  /** The legal basis and its provenance. Never show an "inferred" basis to customers. */
  basis: { id: string; label: string; provenance: "stated" | "inferred" | "not-stated"; message?: string };
  /** Per data category, the purposes the policy binds to it. */
  categoryPurposes: { category: string; purposes: Labelled[] }[];
  subjects: Labelled[];
}
export interface SectionText { id: string; number: string; level: number; title: string; blocks: BlockText[]; activities: ActivityText[]; }
/** The policy of one version in one locale, as plain data. */
export interface PolicyDocument {
  version: string; published: string; effective: string;
  locale: string; authoritativeLocale: "nl";
  title: string; sections: SectionText[];
  /** The canonical plain text, line by line, as shown. */
  text: string;
}
/** Options of `mountPolicy`. `locale` is a BCP 47 tag (negotiated, default "nl"); `version` defaults to the version in effect; `compare` opens the comparison of that version with the newest. */
export interface PolicyOptions { locale?: string; version?: string; compare?: string; }

export type ServiceId = "domain" | "ssl-paid" | "ssl-letsencrypt" | "colocation" | "mailbox-imap" | "mailbox-office365" | "managed";
export type EventId = "contacted-email" | "contact-form" | "contacted-phone" | "account-recovery" | "datacenter-visit" | "quote" | "invoice-in-collection" | "error-report" | "visited-website" | "marked-spam";
/** The customer record a control panel passes. Every profile field is optional; null means "not known to the panel". Unknown keys are errors. */
export interface Customer {
  customerType: "private" | "business";
  profile?: {
    firstName?: string | null; lastName?: string | null; email?: string | null; phone?: string | null;
    address?: string | null; billingAddress?: string | null; gender?: string | null; companyName?: string | null;
  };
  services?: ServiceId[];
  events?: EventId[];
}
/** Options of `yourData`. */
export interface YourDataExtra { acceptedVersion?: string | null; now?: IsoDate; }
/** Options of `changesSince`. `now` is an ISO date that overrides today. */
export interface ChangesOptions { now?: IsoDate; customer?: Customer; }
export interface VersionRef { id: string; published: string; effective: string; }
export type ChangeKind = "added" | "removed" | "changed" | "renamed" | "moved";
export interface WordRun { op: "equal" | "insert" | "delete"; text: string; }
/** What changed since the accepted version (from) up to the newest version (to). */
export interface Changes {
  from: VersionRef | null; to: VersionRef; locale: string;
  upToDate: boolean; inEffect: boolean; material: boolean;
  sections: { id: string; kind: ChangeKind; number: string; title: string; oldTitle?: string }[];
  activities: {
    id: string; kind: ChangeKind; section: string; sectionTitle: string; categories: Labelled[];
    categoriesAdded: Labelled[]; categoriesRemoved: Labelled[]; purposesAdded: Labelled[]; purposesRemoved: Labelled[];
    recipientsAdded: Labelled[]; recipientsRemoved: Labelled[];
    retention?: { from: Labelled; to: Labelled }; scopeChanged: boolean; affectsYou?: boolean;
  }[];
  transfers: { kind: ChangeKind; recipient: Labelled; basis: Labelled }[];
  /** `material` is true for material notes and corrections (which apply from publication). */
  notes: { version: string; material: boolean; kind: "material" | "correction" | "editorial"; text: string }[];
  paragraphs: { section: string; sectionHeading: string; id: string; kind: ChangeKind; words: WordRun[] }[];
  summary: { text: string; affectsYou?: boolean }[];
  /** What the notice leads with for this customer (for every customer without a record):
   * their data, what they may act on, the corrections; full sentences. */
  firstScreen: FirstScreen;
}
export interface FirstScreen {
  yours: string[]; act: string[]; corrections?: string; correctionsCount: number;
  /** Without a customer record: that what else changes depends on their services. */
  dependsOnServices?: string;
}
/** What `onAccept` and the `privacy-accepted` event's `detail` carry. */
export interface Receipt { version: string; locale: string; acceptedAt: string; contentSha256: string; }
/** What `onShown`, `onLater`, `onComparisonOpened` and their events carry: no customer data. */
export interface BannerNotice { version: string; locale: string; }
/** The `privacy-accepted` event: call `waitUntil(promise)` while it is dispatched to keep the banner busy until the receipt is saved; a rejection shows an error with a retry button. */
export interface AcceptedEvent extends CustomEvent<Receipt> { waitUntil(promise: PromiseLike<unknown>): void; }
/** Options of `mountBanner`. `acceptedVersion` null: the customer never accepted a version.
 * On Accept: `onAccept(receipt)` is called, then `privacy-accepted` is dispatched; the banner waits for the promise `onAccept` returns and every promise given to `waitUntil`. */
export interface BannerOptions {
  locale?: string; acceptedVersion: string | null; now?: IsoDate;
  onAccept?: (receipt: Receipt) => void | PromiseLike<unknown>; customer?: Customer;
  onLater?: (notice: BannerNotice) => void; onShown?: (notice: BannerNotice) => void;
  onComparisonOpened?: (notice: BannerNotice) => void;
  /** Where the policy can be read: the banner links to it for a customer who never accepted. */
  policyUrl?: string;
}
/** Options of `mountYourData`. `policyUrl` is where section links point (default: this page). */
export interface YourDataOptions { locale?: string; customer: Customer; acceptedVersion?: string | null; now?: IsoDate; policyUrl?: string; }
export interface DataItem {
  category: Labelled; value?: string; purposes: Labelled[]; recipients: Labelled[];
  retention: Labelled[]; sources: Labelled[]; sections: { id: string; heading: string }[];
  /** Per recipient: "possibly" where the policy says "may", and the transfer outside the EEA. */
  recipientDetails: { id: string; label: string; possibly: boolean; outsideEea?: string }[];
  /** The policy says only that this item may be processed. */
  possibly: boolean;
  /** Held only if these hold, which the record does not tell (a null profile field). */
  conditions: Labelled[];
  /** The policy names this item or these alternatives, not necessarily both. */
  oneOf: Labelled[];
  /** Present (true) where the record has this profile field null or absent: "not known in your account". */
  valueUnknown?: true;
  /** `retention` in the words of the version shown (its general storage rule where it states no
   * period), each with the named recipients of the activities that keep it that long; empty
   * `recipients`: kept by us. More than one entry: the retention is split. */
  retentionDetails: { id: string; label: string; recipients: Labelled[] }[];
}
/** The "your data" overview (GDPR art. 15) for one customer. */
export interface YourData {
  version: VersionRef; locale: string; customerType: "private" | "business"; businessNote?: string;
  held: DataItem[]; deleted: DataItem[]; changes?: Changes;
  /** A newer published version that corrects this one; its corrections apply already. */
  correctedBy?: { version: VersionRef; corrections: number };
}
"#;
