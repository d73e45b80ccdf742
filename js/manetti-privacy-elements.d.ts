// Types for the custom elements in manetti-privacy-elements.js.
import type { Customer, Receipt } from "./manetti_privacy.js";

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
export interface ManettiYourDataElement extends ManettiElement {
  /** The customer record; the view renders once it is set. */
  customer: Customer | undefined;
}
declare global {
  interface HTMLElementTagNameMap {
    "manetti-privacy-policy": ManettiElement;
    "manetti-privacy-banner": ManettiPrivacyBannerElement;
    "manetti-your-data": ManettiYourDataElement;
  }
  interface HTMLElementEventMap {
    "privacy-accepted": CustomEvent<Receipt>;
  }
}
