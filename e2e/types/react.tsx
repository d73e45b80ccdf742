// React 19 with the custom elements (kit): the JSX types in manetti-privacy/jsx.
import type {} from "manetti-privacy/jsx";
import "manetti-privacy/elements";
import type { Customer, Receipt } from "manetti-privacy";

export function PrivacyBanner({ customer, accepted, save }: { customer: Customer; accepted: "2018-05-24"; save: (r: Receipt) => void }) {
  return (
    <manetti-privacy-banner
      lang="nl"
      accepted-version={accepted}
      customer={customer}
      onprivacy-accepted={(e) => save(e.detail)}
    />
  );
}

export function YourData({ customer }: { customer: Customer }) {
  return <manetti-your-data customer={customer} policy-url="/privacy" />;
}

// @ts-expect-error: customer is required on <manetti-your-data>
export const missing = <manetti-your-data />;
// @ts-expect-error: not a version id
export const wrong = <manetti-privacy-policy version="2019-01-01" />;
