// JSX types for the three custom elements (kit): React 19 (`react/jsx-runtime`) and any JSX
// whose types read the global `JSX` namespace (Preact, Solid, older React types).
// Load it once, in any .ts file: `import type {} from "manetti-privacy/jsx";`.
import type { AcceptedEvent, Customer, IsoDate, VersionId } from "./manetti_privacy.js";

/** Attributes and properties shared by the three elements. */
interface ManettiElementProps {
  lang?: string;
  /** `YYYY-MM-DD`: the server's date wins over the browser's clock. */
  now?: IsoDate;
  id?: string;
  class?: string;
  className?: string;
  key?: string | number;
  ref?: unknown;
  children?: never;
}
/** `<manetti-privacy-policy>` */
export interface ManettiPrivacyPolicyProps extends ManettiElementProps {
  version?: VersionId;
  /** Opens on the comparison of this version with the newest. */
  compare?: VersionId;
  /** Hides the page's own language switch (for a panel that has one). */
  "hide-language-switch"?: boolean | "";
}
/** `<manetti-privacy-banner>`: React 19 sets `customer` as a property and adds
 *  `onprivacy-accepted` as a listener of the `privacy-accepted` event. */
export interface ManettiPrivacyBannerProps extends ManettiElementProps {
  "accepted-version"?: VersionId;
  "policy-url"?: string;
  customer?: Customer;
  /** The id of a `<script type="application/json">` holding the record; `customer` wins. */
  "customer-json"?: string;
  "onprivacy-accepted"?: (event: AcceptedEvent) => void;
}
/** `<manetti-your-data>`: `customer` (or `customer-json`) is required for it to render. */
export type ManettiYourDataProps = ManettiElementProps & {
  "accepted-version"?: VersionId;
  "policy-url"?: string;
} & (
  | { customer: Customer; "customer-json"?: string }
  | { customer?: Customer; /** The id of a `<script type="application/json">` holding the record. */ "customer-json": string }
);
export interface ManettiIntrinsicElements {
  "manetti-privacy-policy": ManettiPrivacyPolicyProps;
  "manetti-privacy-banner": ManettiPrivacyBannerProps;
  "manetti-your-data": ManettiYourDataProps;
}

declare module "react" {
  namespace JSX {
    interface IntrinsicElements extends ManettiIntrinsicElements {}
  }
}
declare global {
  namespace JSX {
    interface IntrinsicElements extends ManettiIntrinsicElements {}
  }
}
