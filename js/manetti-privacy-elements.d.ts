// Types for the custom elements in manetti-privacy-elements.js.
import type { AcceptedEvent, BannerNotice, Customer } from "./manetti_privacy.js";

/**
 * Shared by the three elements. Attributes (each change re-renders):
 * - `lang`: the locale (else the closest ancestor's `lang`, else navigator.languages).
 * - `now`: `YYYY-MM-DD`, the server's date; it wins over the browser's clock. Validated
 *   strictly: anything else renders the element's error.
 * `<manetti-privacy-policy>` also: `version`; `compare` (a version id: opens on its comparison
 * with the newest); `hide-language-switch` (boolean: hides the page's own language switch).
 */
export interface ManettiElement extends HTMLElement {
  /** The negotiated locale: lang attribute, closest ancestor's lang, then navigator.languages. */
  readonly locale: string;
  /** Renders again (attribute changes do this by themselves). */
  render(): Promise<void>;
}
/**
 * Attributes: lang, now, accepted-version (absent: never accepted), policy-url, customer-json
 * (the id of a `<script type="application/json">` holding the customer record, CSP-safe).
 */
export interface ManettiPrivacyBannerElement extends ManettiElement {
  /** Optional: changes that touch this customer's services come first. Wins over customer-json. */
  customer: Customer | undefined;
}
/**
 * Attributes: lang, now, accepted-version, policy-url (http:, https: or relative), customer-json
 * (the id of a `<script type="application/json">` holding the record: parsed with JSON.parse;
 * a missing element or bad JSON shows the error, like a bad record).
 */
export interface ManettiYourDataElement extends ManettiElement {
  /** The customer record; the view renders once it (or customer-json) is set. Wins over
   *  customer-json. A bad record shows an error and no data. */
  customer: Customer | undefined;
}
declare global {
  interface HTMLElementTagNameMap {
    "manetti-privacy-policy": ManettiElement;
    "manetti-privacy-banner": ManettiPrivacyBannerElement;
    "manetti-your-data": ManettiYourDataElement;
  }
  interface HTMLElementEventMap {
    /** Detail: the receipt. Call `event.waitUntil(promise)` while it is dispatched. */
    "privacy-accepted": AcceptedEvent;
    "privacy-later": CustomEvent<BannerNotice>;
    "privacy-banner-shown": CustomEvent<BannerNotice>;
    "privacy-comparison-opened": CustomEvent<BannerNotice>;
  }
}
