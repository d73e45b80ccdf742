// JSX types for the three custom elements (kit): React 19 (`react/jsx-runtime`) and any JSX
// whose types read the global `JSX` namespace (Preact, Solid, older React types).
// Load it once, in any .ts file: `import type {} from "manetti-privacy/jsx";`.
import type { AcceptedEvent, Customer, VersionId } from "./manetti_privacy.js";

/** Attributes and properties shared by the three elements. */
interface ManettiElementProps {
  lang?: string;
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
}
/** `<manetti-privacy-banner>`: React 19 sets `customer` as a property and adds
 *  `onprivacy-accepted` as a listener of the `privacy-accepted` event. */
export interface ManettiPrivacyBannerProps extends ManettiElementProps {
  "accepted-version"?: VersionId;
  customer?: Customer;
  "onprivacy-accepted"?: (event: AcceptedEvent) => void;
}
/** `<manetti-your-data>`: `customer` is required for it to render. */
export interface ManettiYourDataProps extends ManettiElementProps {
  "accepted-version"?: VersionId;
  "policy-url"?: string;
  customer: Customer;
}
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
