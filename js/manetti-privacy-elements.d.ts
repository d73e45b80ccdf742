// Types for the custom elements in manetti-privacy-elements.js.
import type { AcceptedEvent, BannerNotice, Customer } from "./manetti_privacy.js";

/** Shared by the three elements. Attributes: lang, version, accepted-version. */
export interface ManettiElement extends HTMLElement {
  /** The negotiated locale: lang attribute, closest ancestor's lang, then navigator.languages. */
  readonly locale: string;
  /** Renders again (attribute changes do this by themselves). */
  render(): Promise<void>;
}
export interface ManettiPrivacyBannerElement extends ManettiElement {
  /** Optional: changes that touch this customer's services come first. */
  customer: Customer | undefined;
}
/** Attributes: lang, accepted-version, policy-url (http:, https: or relative). */
export interface ManettiYourDataElement extends ManettiElement {
  /** The customer record; the view renders once it is set. A bad record shows an error and no data. */
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
