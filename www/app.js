// The demo control panel: the privacy policy, the change banner and "your data",
// mounted from the wasm module the way a real panel would.
import init, { mountPolicy, mountBanner } from "./pkg/manetti_privacy.js";

const params = new URLSearchParams(location.search);
const locale = params.get("lang") ?? "nl";
const view = params.get("view") ?? "policy";

document.documentElement.lang = locale;
const select = document.getElementById("panel-locale");
select.value = locale;
select.addEventListener("change", () => {
  params.set("lang", select.value);
  location.search = params.toString();
});
for (const link of document.querySelectorAll("#panel-nav a[href^='?']")) {
  const target = new URLSearchParams(link.getAttribute("href").slice(1));
  target.set("lang", locale);
  link.href = "?" + target.toString();
  if (target.get("view") === view) link.setAttribute("aria-current", "page");
}
document.getElementById("nav-website").href = `policy.${locale}.html`;

// The demo customer last accepted the policy of 24-05-2018; an acceptance made here is
// kept in localStorage, the way a real panel would keep it on its server.
const RECEIPT_KEY = "manetti-privacy-demo-receipt";
const stored = JSON.parse(localStorage.getItem(RECEIPT_KEY) ?? "null");
const acceptedVersion = stored?.version ?? "2018-05-24";

document.getElementById("reset-demo").addEventListener("click", () => {
  localStorage.removeItem(RECEIPT_KEY);
  location.reload();
});

await init();
mountBanner(document.getElementById("banner-host"), {
  locale,
  acceptedVersion,
  onAccept: (receipt) => localStorage.setItem(RECEIPT_KEY, JSON.stringify(receipt)),
});
document.getElementById("accepted-version").textContent = acceptedVersion;
mountPolicy(document.getElementById("policy-host"), { locale });
