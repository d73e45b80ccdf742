// React 19 with the custom elements, as the README shows: `customer` arrives as a property,
// `onprivacy-accepted` is a listener of the privacy-accepted event.
import { createRoot } from "react-dom/client";
import "manetti-privacy/elements";

window.accepted = [];
const customer = { customerType: "private", services: ["domain"] };

function PrivacyBanner({ accepted, save }) {
  return (
    <manetti-privacy-banner lang="en" accepted-version={accepted} customer={customer}
      onprivacy-accepted={(e) => save(e.detail)} />
  );
}

createRoot(document.getElementById("root")).render(
  <PrivacyBanner accepted="2018-05-24" save={(receipt) => window.accepted.push(receipt)} />,
);
window.ready = true;
